package org.plenary.links;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs a piece of CSS refers to: every {@code url(…)} and every {@code @import}, with comments skipped and
 * CSS escapes undone. A small scanner rather than a regular expression, because quotes, comments and escapes
 * interact ({@code url("a)b.png")}, {@code /* url(x) *\/}).
 */
final class CssReferences {

    /** One reference; {@code isImport} marks stylesheets that must be checked in turn. */
    record CssRef(String url, boolean isImport) {
    }

    private CssReferences() {
    }

    static List<CssRef> extract(String css) {
        List<CssRef> refs = new ArrayList<>();
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = skipString(css, i); // strings outside url()/@import are not references (content: "url(x)")
            } else if (c == '\\') {
                i += 2;
            } else if ((c == 'u' || c == 'U') && css.regionMatches(true, i, "url(", 0, 4) && !identBefore(css, i)) {
                int[] end = new int[1];
                String url = readUrl(css, i + 4, end);
                if (url != null) refs.add(new CssRef(url, false));
                i = end[0];
            } else if (c == '@' && css.regionMatches(true, i, "@import", 0, 7)) {
                int j = skipSpace(css, i + 7);
                String url = null;
                int[] end = {j};
                if (j < n && (css.charAt(j) == '"' || css.charAt(j) == '\'')) {
                    int close = skipString(css, j);
                    url = unescape(css.substring(j + 1, Math.max(j + 1, close - 1)));
                    end[0] = close;
                } else if (css.regionMatches(true, j, "url(", 0, 4)) {
                    url = readUrl(css, j + 4, end);
                }
                if (url != null) refs.add(new CssRef(url, true));
                i = Math.max(end[0], i + 7);
            } else {
                i++;
            }
        }
        return refs;
    }

    /** Reads the inside of {@code url(} up to its ')'; returns null for an empty url(). */
    private static String readUrl(String css, int from, int[] end) {
        int n = css.length();
        int j = skipSpace(css, from);
        String url;
        if (j < n && (css.charAt(j) == '"' || css.charAt(j) == '\'')) {
            int close = skipString(css, j);
            url = unescape(css.substring(j + 1, Math.max(j + 1, close - 1)));
            j = close;
            int paren = css.indexOf(')', j);
            end[0] = paren < 0 ? n : paren + 1;
        } else {
            int k = j;
            while (k < n && css.charAt(k) != ')') {
                if (css.charAt(k) == '\\') k++;
                k++;
            }
            url = unescape(css.substring(j, Math.min(k, n)).strip());
            end[0] = Math.min(k + 1, n);
        }
        return url.isEmpty() ? null : url;
    }

    /** "url(" preceded by an identifier character is part of another name, e.g. {@code myurl(}. */
    private static boolean identBefore(String css, int i) {
        if (i == 0) return false;
        char p = css.charAt(i - 1);
        return Character.isLetterOrDigit(p) || p == '-' || p == '_';
    }

    private static int skipSpace(String css, int i) {
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) i++;
        return i;
    }

    /** Index just after the string starting at {@code i} (a quote), or the end of the text. */
    private static int skipString(String css, int i) {
        char quote = css.charAt(i);
        int j = i + 1;
        while (j < css.length()) {
            char c = css.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote || c == '\n') return j + 1;
            j++;
        }
        return css.length();
    }

    /** CSS escapes: {@code \26 } is a hex code point (one optional space ends it), {@code \)} the character. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            int hexEnd = j;
            while (hexEnd < s.length() && hexEnd - j < 6 && Character.digit(s.charAt(hexEnd), 16) >= 0) hexEnd++;
            if (hexEnd > j) {
                int cp = Integer.parseInt(s.substring(j, hexEnd), 16);
                out.appendCodePoint(cp == 0 || cp > 0x10FFFF ? 0xFFFD : cp);
                if (hexEnd < s.length() && Character.isWhitespace(s.charAt(hexEnd))) hexEnd++;
                i = hexEnd;
            } else if (s.charAt(j) == '\n') {
                i = j + 1; // escaped newline: line continuation
            } else {
                out.append(s.charAt(j));
                i = j + 1;
            }
        }
        return out.toString();
    }
}
