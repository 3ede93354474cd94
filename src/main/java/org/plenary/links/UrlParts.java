package org.plenary.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL reference split into its five parts with the regular expression of RFC 3986 appendix B.
 * Parts stay as written (still percent-encoded); a part that is absent is {@code null}, which differs
 * from present-but-empty ({@code "page.html?"} has an empty query).
 */
record UrlParts(String scheme, String authority, String path, String query, String fragment) {
    private static final Pattern RFC3986 =
            Pattern.compile("^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");

    static UrlParts parse(String ref) {
        Matcher m = RFC3986.matcher(ref);
        if (!m.matches()) throw new IllegalStateException("RFC 3986 pattern matches every string: " + ref);
        String scheme = m.group(1);
        if (scheme != null && !SCHEME.matcher(scheme).matches()) {
            // "1a:b" is not a scheme; a browser reads the whole thing as a relative path.
            return parse("./" + ref);
        }
        return new UrlParts(scheme == null ? null : scheme.toLowerCase(java.util.Locale.ROOT),
                m.group(2), m.group(3), m.group(4), m.group(5));
    }
}
