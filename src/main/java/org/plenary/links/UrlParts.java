package org.plenary.links;

import java.util.Locale;

/**
 * A URL reference split into its five parts as by the regular expression of RFC 3986 appendix B, written out by
 * hand because it runs for every link of every page. Parts stay as written (still percent-encoded); a part that
 * is absent is {@code null}, which differs from present-but-empty ({@code "page.html?"} has an empty query).
 */
record UrlParts(String scheme, String authority, String path, String query, String fragment) {

    static UrlParts parse(String ref) {
        int n = ref.length();
        int hash = ref.indexOf('#');
        String fragment = hash < 0 ? null : ref.substring(hash + 1);
        int end = hash < 0 ? n : hash;
        int q = ref.indexOf('?');
        if (q >= end) q = -1;
        String query = q < 0 ? null : ref.substring(q + 1, end);
        int hierEnd = q < 0 ? end : q;

        int i = 0;
        String scheme = null;
        // A scheme is what precedes the first ':' if no '/', '?' or '#' comes first, and it must look like one:
        // "1a:b" is a relative path to a browser.
        int colon = ref.indexOf(':');
        if (colon > 0 && colon < hierEnd && ref.lastIndexOf('/', colon) < 0 && isScheme(ref, colon)) {
            scheme = ref.substring(0, colon).toLowerCase(Locale.ROOT);
            i = colon + 1;
        }
        String authority = null;
        if (ref.startsWith("//", i) && i + 2 <= hierEnd) {
            int a = i + 2;
            int slash = ref.indexOf('/', a);
            int authEnd = slash < 0 || slash > hierEnd ? hierEnd : slash;
            authority = ref.substring(a, authEnd);
            i = authEnd;
        }
        return new UrlParts(scheme, authority, ref.substring(i, hierEnd), query, fragment);
    }

    /** Whether {@link #parse} finds a scheme in {@code ref}. */
    static boolean hasScheme(String ref) {
        int colon = ref.indexOf(':');
        if (colon <= 0) return false;
        for (int k = 0; k < colon; k++) {
            char c = ref.charAt(k);
            if (c == '/' || c == '?' || c == '#') return false;
        }
        return isScheme(ref, colon);
    }

    private static boolean isScheme(String s, int end) {
        char first = s.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return false;
        for (int k = 1; k < end; k++) {
            char c = s.charAt(k);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '-' || c == '.';
            if (!ok) return false;
        }
        return true;
    }
}
