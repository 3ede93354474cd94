package org.plenary.links;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs of a {@code srcset} attribute, parsed with the HTML standard's algorithm rather than split on
 * commas: a candidate URL may itself contain commas ({@code img,w_200.png 2x}, {@code data:} URLs), and
 * only a comma after whitespace, or ending the URL, separates candidates.
 */
final class Srcset {
    private Srcset() {
    }

    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int n = srcset.length();
        int i = 0;
        while (true) {
            while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
            if (i >= n) return urls;
            int start = i;
            while (i < n && !isSpace(srcset.charAt(i))) i++;
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                // "a.png," : the commas end the candidate, there are no descriptors.
                int end = url.length();
                while (end > 0 && url.charAt(end - 1) == ',') end--;
                url = url.substring(0, end);
            } else {
                // Skip descriptors up to the next comma that is not inside parentheses.
                int depth = 0;
                while (i < n) {
                    char c = srcset.charAt(i);
                    if (c == '(') depth++;
                    else if (c == ')' && depth > 0) depth--;
                    else if (c == ',' && depth == 0) break;
                    i++;
                }
            }
            if (!url.isEmpty()) urls.add(url);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
