package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hand-written splitter must agree with RFC 3986 appendix B. */
class UrlPartsTest {

    private static void check(String ref, String scheme, String authority, String path, String query, String fragment) {
        assertEquals(new UrlParts(scheme, authority, path, query, fragment), UrlParts.parse(ref), ref);
    }

    @Test
    void splitsLikeTheRfcRegularExpression() {
        check("https://Example.org:8080/a/b?x=1#frag", "https", "Example.org:8080", "/a/b", "x=1", "frag");
        check("HTTP://h", "http", "h", "", null, null);
        check("//cdn.example.com/x.js", null, "cdn.example.com", "/x.js", null, null);
        check("../a/b.html?", null, null, "../a/b.html", "", null);
        check("#", null, null, "", null, "");
        check("?q#f?g", null, null, "", "q", "f?g");
        check("a#b#c", null, null, "a", null, "b#c");
        check("mailto:a@b.c", "mailto", null, "a@b.c", null, null);
        check("1a:b", null, null, "1a:b", null, null);
        check("a/b:c", null, null, "a/b:c", null, null);
        check("?x=http://y", null, null, "", "x=http://y", null);
        check("#x:y", null, null, "", null, "x:y");
        check("", null, null, "", null, null);
        check("https://h?q", "https", "h", "", "q", null);
        check("https://h#f", "https", "h", "", null, "f");
    }
}
