package org.plenary.links;

import org.jsoup.Jsoup;

/**
 * Fuzz target: the link checker's URL resolution and HTML parsing, as it meets pages it did not write
 * ({@code check-links DIR}). Nothing may throw, and a reference resolved into the site never climbs above its
 * root (no {@code ..} segment).
 */
public final class LinkFuzzTarget {
    private static final UrlResolver PLAIN = new UrlResolver(null);
    private static final UrlResolver BASED = new UrlResolver(BaseUrl.parse("https://example.org/community"));

    private LinkFuzzTarget() {
    }

    public static void run(String page, String href, String html) {
        String rel = pagePath(page);
        for (UrlResolver r : new UrlResolver[] {PLAIN, BASED}) {
            AbsoluteUrl pageUrl = UrlResolver.fileUrl(rel);
            UrlResolver.DocumentBase base = r.documentBase(pageUrl, href.isEmpty() ? null : href);
            check(r.resolve(base.url(), href), href);
            check(r.resolve(pageUrl, href), href);
        }
        ParsedPage parsed = HtmlReferences.extract(Jsoup.parse(html), rel);
        if (parsed == null) throw new AssertionError("no parse result");
        Srcset.urls(html);
        CssReferences.extract(html);
    }

    /**
     * A page path as the checker makes it from a file walk: non-empty segments, none of them {@code .} or {@code ..}
     * (an input like {@code .//} is no page a folder can hold, so it is not a finding).
     */
    private static String pagePath(String page) {
        StringBuilder b = new StringBuilder();
        for (String seg : page.replace('\\', '/').split("/")) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || seg.indexOf('\0') >= 0) continue;
            if (b.length() > 0) b.append('/');
            b.append(seg);
        }
        return b.length() == 0 ? "index.html" : b.toString();
    }

    private static void check(Resolved r, String href) {
        if (r instanceof Resolved.Internal in) {
            // An empty first segment is possible ({@code .//x} on a page at the root is {@code //x}, as in a browser);
            // the checker only looks such paths up in its index of the walked files, never on disk, so it is reported
            // as not found. A ".." segment would mean the resolver failed to stop at the root.
            String p = in.path();
            for (String seg : p.split("/", -1)) {
                if (seg.equals("..")) throw new AssertionError(href + " resolved above the site root: " + p);
            }
        }
    }
}
