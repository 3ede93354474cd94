package org.plenary.links;

import java.util.Set;

/**
 * Resolves references the way a browser does, inside a model of the site: every file of the checked folder
 * has the URL {@code https://site.invalid/<encoded path>} (a reserved name that cannot collide with a real
 * site), so relative, root-relative, {@code <base href>} and protocol-relative references all follow the one
 * algorithm of RFC 3986 §5.2. The only departure is on purpose: where a browser silently clamps {@code ../}
 * at the root, a reference that climbs above the site root is reported, because it would break as soon as the
 * site is served below a path or opened from disk. With a base URL below a path ({@code https://example.org/docs/}),
 * a root-relative reference is what a browser makes of it on that server: {@code /docs/x} is the site's {@code x}, and
 * {@code /x} is outside the site and reported.
 */
final class UrlResolver {
    static final String SITE_SCHEME = "https";
    static final String SITE_AUTHORITY = "site.invalid";

    /** Schemes with nothing behind them to fetch; anything else that is not http(s) is just as unfetchable. */
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final BaseUrl baseUrl; // may be null
    UrlResolver(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The URL of a file of the site, given its site-relative path ({@code en/index.html}). */
    static AbsoluteUrl fileUrl(String relPath) {
        return new AbsoluteUrl(SITE_SCHEME, SITE_AUTHORITY, "/" + PercentEncoding.encodePath(relPath), null);
    }

    static boolean isSite(AbsoluteUrl url) {
        return SITE_AUTHORITY.equals(url.authority()) && SITE_SCHEME.equals(url.scheme());
    }

    /** Result of resolving a {@code <base href>}: the base URL to use, or why the element is itself broken. */
    record DocumentBase(AbsoluteUrl url, String problem) {
    }

    /**
     * The document base URL: the page's own URL, or its first {@code <base href>} resolved against it. A base
     * that points into the site through the configured base URL is moved into site space, so {@code ../} under
     * it is still measured against the site root.
     */
    DocumentBase documentBase(AbsoluteUrl pageUrl, String baseHref) {
        if (baseHref == null) return new DocumentBase(pageUrl, null);
        Target t = target(pageUrl, baseHref);
        if (t.problem != null) return new DocumentBase(pageUrl, t.problem);
        if (t.url == null) return new DocumentBase(pageUrl, "base href is not an http(s) URL");
        AbsoluteUrl u = t.url;
        String inside = baseUrl == null ? null : baseUrl.relativePath(u);
        if (inside != null) u = new AbsoluteUrl(SITE_SCHEME, SITE_AUTHORITY, "/" + inside, u.query());
        return new DocumentBase(u, null);
    }

    /** Resolves one reference against a document base. */
    Resolved resolve(AbsoluteUrl base, String raw) {
        Target t = target(base, raw);
        if (t.problem != null) return new Resolved.Unresolvable(t.problem);
        if (t.url == null) return new Resolved.NotAFile(t.scheme);
        AbsoluteUrl u = t.url;
        String fragment = t.fragment == null ? null : PercentEncoding.encodeFragment(t.fragment);
        if (isSite(u)) {
            return new Resolved.Internal(PercentEncoding.decode(u.path().substring(1)), fragment);
        }
        if (baseUrl != null) {
            String inside = baseUrl.relativePath(u);
            if (inside != null) return new Resolved.Internal(PercentEncoding.decode(inside), fragment);
            if (baseUrl.isBareRoot(u)) {
                return new Resolved.Unresolvable("is the site root without its trailing slash: link to " + baseUrl);
            }
        }
        return new Resolved.External(u.withoutFragment(), fragment);
    }

    private record Target(AbsoluteUrl url, String fragment, String scheme, String problem) {
        static Target problem(String why) {
            return new Target(null, null, null, why);
        }
    }

    private Target target(AbsoluteUrl base, String raw) {
        String s = clean(raw);
        UrlParts r = UrlParts.parse(browserSlashes(s));
        String scheme;
        String authority;
        String path;
        String query = r.query();
        boolean inSite;
        if (r.scheme() != null) {
            if (!WEB_SCHEMES.contains(r.scheme())) return new Target(null, null, r.scheme(), null);
            if (r.authority() == null) return Target.problem("malformed URL: no '//' and host after '" + r.scheme() + ":'");
            scheme = r.scheme();
            authority = r.authority();
            path = r.path();
            inSite = false;
        } else if (r.authority() != null) {
            scheme = base.scheme();
            authority = r.authority();
            path = r.path();
            inSite = false;
        } else {
            scheme = base.scheme();
            authority = base.authority();
            inSite = isSite(base);
            if (r.path().isEmpty()) {
                path = base.path();
                if (query == null) query = base.query();
            } else if (r.path().startsWith("/")) {
                path = r.path();
                if (inSite && baseUrl != null) {
                    // On the server, a root-relative link is resolved against the domain, not the site's folder.
                    String in = baseUrl.inside(path);
                    if (in == null) {
                        return Target.problem("is root-relative but outside the base path " + baseUrl.pathPrefix()
                                + " the site is served at: use a relative link, or start it with " + baseUrl.pathPrefix());
                    }
                    path = in;
                }
            } else {
                path = base.path().substring(0, base.path().lastIndexOf('/') + 1) + r.path();
            }
        }
        if (r.scheme() != null || r.authority() != null) {
            // Only an authority taken from the reference needs normalizing; the base's already is.
            if (authority.isEmpty()) return Target.problem("malformed URL: empty host");
            authority = AbsoluteUrl.normalizeAuthority(scheme, authority);
        }
        if (path.isEmpty()) path = "/";
        DotResult d = removeDotSegments(path);
        if (d.escaped && inSite) return Target.problem("goes above the site root");
        return new Target(new AbsoluteUrl(scheme, authority, d.path, query), r.fragment(), scheme, null);
    }

    /** Browsers strip leading and trailing C0 controls and spaces and drop tabs and newlines anywhere in a URL. */
    static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= 0x20) start++;
        while (end > start && raw.charAt(end - 1) <= 0x20) end--;
        String s = raw.substring(start, end);
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return s.replace("\t", "").replace("\n", "").replace("\r", "");
    }

    /** For http(s) and relative references a browser reads '\' as '/' before the query. */
    private static String browserSlashes(String s) {
        int end = s.length();
        int q = s.indexOf('?');
        int h = s.indexOf('#');
        if (q >= 0) end = q;
        if (h >= 0 && h < end) end = h;
        int bs = s.indexOf('\\');
        if (bs < 0 || bs >= end) return s;
        String head = s.substring(0, end);
        int colon = head.indexOf(':');
        if (colon > 0) {
            String scheme = head.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            if (head.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.\\-]*") && !WEB_SCHEMES.contains(scheme)) return s;
        }
        return head.replace('\\', '/') + s.substring(end);
    }

    private record DotResult(String path, boolean escaped) {
    }

    /**
     * RFC 3986 §5.2.4, remembering whether a {@code ..} tried to climb above the root. Written as one pass over
     * the segments into a buffer, since it runs for nearly every link ({@code ../} is how generated sites link).
     */
    private static DotResult removeDotSegments(String path) {
        // A dot segment starts right after a '/' (the path starts with one): a path with no "/." and no "/%2e" has
        // none, however many dots its file names have (index.html).
        if (path.indexOf("/.") < 0 && path.indexOf("/%2e") < 0 && path.indexOf("/%2E") < 0) {
            return new DotResult(path, false);
        }
        // Into a char buffer, segments compared in place: no substring per segment. The result is never longer
        // than the path (a dot segment leaves at most its '/').
        int n = path.length();
        char[] out = new char[n];
        int len = 0;
        boolean escaped = false;
        int start = 1; // path starts with '/'
        while (start <= n) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? n : slash;
            boolean last = slash < 0;
            int segLength = end - start;
            if (isDot(path, start, segLength)) {
                if (last) out[len++] = '/';
            } else if (isDotDot(path, start, segLength)) {
                int cut = len - 1;
                while (cut >= 0 && out[cut] != '/') cut--;
                if (cut < 0) {
                    escaped = true;
                } else {
                    len = cut;
                }
                if (last) out[len++] = '/';
            } else {
                out[len++] = '/';
                path.getChars(start, end, out, len);
                len += segLength;
            }
            start = end + 1;
        }
        return new DotResult(len == 0 ? "/" : new String(out, 0, len), escaped);
    }

    /** Whether {@code path[start, start + length)} is "." ({@code %2e} counts as a dot, in the URL standard too). */
    private static boolean isDot(String path, int start, int length) {
        return length == 1 ? path.charAt(start) == '.' : length == 3 && path.regionMatches(true, start, "%2e", 0, 3);
    }

    /** Whether {@code path[start, start + length)} is "..", a dot being '.' or {@code %2e}. */
    private static boolean isDotDot(String path, int start, int length) {
        return switch (length) {
            case 2 -> path.charAt(start) == '.' && path.charAt(start + 1) == '.';
            case 4 -> path.regionMatches(true, start, ".%2e", 0, 4) || path.regionMatches(true, start, "%2e.", 0, 4);
            case 6 -> path.regionMatches(true, start, "%2e%2e", 0, 6);
            default -> false;
        };
    }
}
