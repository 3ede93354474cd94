package org.plenary.links;

import java.util.Locale;

/**
 * An absolute http(s) URL reduced to what resolution and origin comparison need.
 *
 * @param scheme    lower case
 * @param authority host in lower case, port only when it is not the scheme's default, no user info
 * @param path      starts with '/', still percent-encoded, dot segments removed
 * @param query     as written, or {@code null}
 */
record AbsoluteUrl(String scheme, String authority, String path, String query) {

    /** Scheme, host and port: two URLs with equal origins are on the same site. */
    String origin() {
        return scheme + "://" + authority;
    }

    String withoutFragment() {
        return origin() + path + (query == null ? "" : "?" + query);
    }

    /** Normalizes an authority so {@code HTTPS://Example.org:443} and {@code https://example.org} compare equal. */
    static String normalizeAuthority(String scheme, String authority) {
        String a = authority;
        int at = a.lastIndexOf('@');
        if (at >= 0) a = a.substring(at + 1);
        a = a.toLowerCase(Locale.ROOT);
        int colon = a.lastIndexOf(':');
        if (colon >= 0 && colon > a.lastIndexOf(']')) {
            String port = a.substring(colon + 1);
            boolean isDefault = port.isEmpty() || ("http".equals(scheme) && port.equals("80"))
                    || ("https".equals(scheme) && port.equals("443"));
            if (isDefault) a = a.substring(0, colon);
        }
        return a;
    }

    /** The host alone (no port), for per-host limits. */
    String host() {
        String a = authority;
        int colon = a.lastIndexOf(':');
        if (colon >= 0 && colon > a.lastIndexOf(']')) a = a.substring(0, colon);
        return a;
    }
}
