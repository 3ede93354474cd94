package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlResolverTest {
    private final UrlResolver plain = new UrlResolver(null);
    private final UrlResolver docs = new UrlResolver(BaseUrl.parse("https://example.org/docs"));

    private Resolved from(UrlResolver r, String page, String href) {
        return r.resolve(UrlResolver.fileUrl(page), href);
    }

    private static Resolved.Internal internal(String path, String fragment) {
        return new Resolved.Internal(path, fragment);
    }

    @Test
    void relativeRootRelativeAndDotSegments() {
        assertEquals(internal("en/a.html", null), from(plain, "en/index.html", "a.html"));
        assertEquals(internal("en/x", null), from(plain, "en/a/b.html", "../x"));
        assertEquals(internal("x/", null), from(plain, "en/a/b.html", "/x/"));
        assertEquals(internal("en/", null), from(plain, "en/a/b.html", ".."));
        assertEquals(internal("en/a/", null), from(plain, "en/a/b.html", "."));
        assertEquals(internal("x", null), from(plain, "en/p.html", "%2e%2e/x"));
        assertEquals(internal("", null), from(plain, "en/p.html", "/"));
    }

    @Test
    void dotSegmentsInEveryCaseAndSpelling() {
        assertEquals(internal("en/a/c/e", null), from(plain, "en/a/b.html", "c/./d/.././e"));
        assertEquals(internal("en/x", null), from(plain, "en/a/b.html", "%2E%2e/x"));
        assertEquals(internal("en/x", null), from(plain, "en/a/b.html", ".%2E/x"));
        assertEquals(internal("en/x", null), from(plain, "en/a/b.html", "%2e./x"));
        assertEquals(internal("en/a/.../x", null), from(plain, "en/a/b.html", ".../x"));
        assertEquals(internal("en/a/.x/..y", null), from(plain, "en/a/b.html", ".x/..y"));
        assertEquals(internal("en/a/", null), from(plain, "en/a/b.html", "./"));
        assertEquals(internal("en/a/", null), from(plain, "en/a/b.html", "x/%2e%2E"));
        assertEquals(internal("en/a//x/", null), from(plain, "en/a/b.html", ".//x/."));
        assertEquals(internal("", null), from(plain, "en/a/b.html", "../../"));
    }

    @Test
    void queryOnlyFragmentOnlyAndEmptyStayOnThePage() {
        assertEquals(internal("en/p.html", null), from(plain, "en/p.html", "?page=2"));
        assertEquals(internal("en/p.html", "f"), from(plain, "en/p.html", "#f"));
        assertEquals(internal("en/p.html", ""), from(plain, "en/p.html", "#"));
        assertEquals(internal("en/p.html", null), from(plain, "en/p.html", ""));
    }

    @Test
    void climbingAboveTheRootIsUnresolvable() {
        assertEquals(new Resolved.Unresolvable("goes above the site root"), from(plain, "a.html", "../b.html"));
        assertEquals(new Resolved.Unresolvable("goes above the site root"), from(plain, "a/b.html", "../../b.html"));
        assertEquals(new Resolved.Unresolvable("goes above the site root"), from(plain, "a/b.html", "/../b.html"));
        // On another site a browser clamps at its root; that is its business, not an error of ours.
        assertTrue(from(plain, "a.html", "https://other.example/../x") instanceof Resolved.External);
    }

    @Test
    void percentEncodingAndRawUtf8FindTheSameFile() {
        assertEquals(internal("café.html", null), from(plain, "index.html", "caf%C3%A9.html"));
        assertEquals(internal("café.html", null), from(plain, "index.html", "café.html"));
        assertEquals(internal("a b.html", null), from(plain, "index.html", "a%20b.html"));
        assertEquals(internal("100%zz.html", null), from(plain, "index.html", "100%zz.html"), "a stray % stays");
        // A page whose own name needs encoding still resolves its siblings and itself.
        assertEquals(internal("100%/x.html", null), from(plain, "100%/p#1.html", "x.html"));
        assertEquals(internal("100%/p#1.html", "top"), from(plain, "100%/p#1.html", "#top"));
    }

    @Test
    void fragmentsAreHeldAsABrowserHoldsThem() {
        assertEquals(internal("p.html", "a%20b"), from(plain, "p.html", "#a b"));
        assertEquals(internal("p.html", "caf%C3%A9"), from(plain, "p.html", "#café"));
        assertEquals(internal("p.html", "caf%C3%A9"), from(plain, "p.html", "#caf%C3%A9"));
    }

    @Test
    void whitespaceAndBackslashesAreTreatedAsBrowsersDo() {
        assertEquals(internal("en/a.html", null), from(plain, "en/p.html", "  a.html\n"));
        assertEquals(internal("en/a.html", null), from(plain, "en/p.html", "a\n.ht\tml"));
        assertEquals(internal("en/sub/a.html", null), from(plain, "en/p.html", "sub\\a.html"));
    }

    @Test
    void nonWebSchemesAreNotFiles() {
        assertEquals(new Resolved.NotAFile("mailto"), from(plain, "p.html", "mailto:a@example.org"));
        assertEquals(new Resolved.NotAFile("javascript"), from(plain, "p.html", "JavaScript:void(0)"));
        assertEquals(new Resolved.NotAFile("tel"), from(plain, "p.html", "tel:+15550100"));
        assertEquals(new Resolved.NotAFile("data"), from(plain, "p.html", "data:,x"));
        assertTrue(from(plain, "p.html", "http:no-slashes") instanceof Resolved.Unresolvable);
        assertEquals(internal("1a:b", null), from(plain, "p.html", "1a:b"), "not a scheme: a relative path");
    }

    @Test
    void externalUrlsKeepQueryAndSplitOffTheFragment() {
        assertEquals(new Resolved.External("https://cdn.example.com/x.js?v=1", null), from(plain, "a/p.html", "//cdn.example.com/x.js?v=1"));
        assertEquals(new Resolved.External("https://example.com/", "sec"), from(plain, "p.html", "HTTPS://Example.COM:443#sec"));
        assertEquals(new Resolved.External("http://example.com:8080/a", null), from(plain, "p.html", "http://example.com:8080/a"));
    }

    @Test
    void theBaseUrlMakesAbsoluteLinksInternal() {
        assertEquals(internal("x/", null), from(docs, "p.html", "https://example.org/docs/x/"));
        assertEquals(internal("", "a"), from(docs, "p.html", "HTTPS://EXAMPLE.org:443/docs/#a"));
        assertTrue(from(docs, "p.html", "https://example.org/other/") instanceof Resolved.External, "same origin, outside the site");
        assertTrue(from(docs, "p.html", "http://example.org/docs/x") instanceof Resolved.External, "http is another origin");
        assertTrue(((Resolved.Unresolvable) from(docs, "p.html", "https://example.org/docs")).reason().contains("trailing slash"));
        assertTrue(from(plain, "p.html", "https://example.org/docs/x/") instanceof Resolved.External, "no base URL, no magic");
    }

    @Test
    void baseHrefAppliesToEveryRelativeUrl() {
        AbsoluteUrl page = UrlResolver.fileUrl("en/p.html");
        AbsoluteUrl sub = plain.documentBase(page, "sub/").url();
        assertEquals(internal("en/sub/a.html", null), plain.resolve(sub, "a.html"));
        assertEquals(internal("en/sub/", "x"), plain.resolve(sub, "#x"));
        assertEquals(internal("a.html", null), plain.resolve(sub, "/a.html"));

        AbsoluteUrl cdn = plain.documentBase(page, "https://cdn.example.com/assets/").url();
        assertEquals(new Resolved.External("https://cdn.example.com/assets/a.png", null), plain.resolve(cdn, "a.png"));

        // A base on the configured base URL is moved into the site, so ../ is still measured from the site root.
        AbsoluteUrl onSite = docs.documentBase(page, "https://example.org/docs/en/").url();
        assertEquals(internal("en/a.html", null), docs.resolve(onSite, "a.html"));
        assertEquals(new Resolved.Unresolvable("goes above the site root"), docs.resolve(onSite, "../../a.html"));

        UrlResolver.DocumentBase bad = plain.documentBase(page, "../../up/");
        assertEquals("goes above the site root", bad.problem());
        assertEquals(page, bad.url(), "a broken base falls back to the page URL");
    }

    @Test
    void baseUrlMustBeAbsoluteHttp() {
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("example.org"));
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> LinkCheckOptions.internal().withBaseUrl("/docs/"));
        assertEquals("https://example.org/docs/", BaseUrl.parse(" https://Example.org:443/docs ").toString());
    }
}
