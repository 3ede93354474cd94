package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small parsers: srcset, CSS url()/@import, meta refresh, percent-encoding, fragment matching. */
class ParsersTest {

    @Test
    void srcsetCandidatesFollowTheHtmlAlgorithm() {
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("a.png 1x, b.png 2x"));
        assertEquals(List.of("a.png,b.png"), Srcset.urls("a.png,b.png"), "no space: one URL, as in browsers");
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("a.png, b.png"));
        assertEquals(List.of("img,w_200.png", "img,w_400.png"), Srcset.urls("img,w_200.png 200w, img,w_400.png 400w"));
        assertEquals(List.of("data:image/png;base64,AAA=", "b.png"), Srcset.urls("data:image/png;base64,AAA= 1x, b.png 2x"));
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("\n  a.png  100w (x, y),\n b.png 2x ,"));
        assertEquals(List.of(), Srcset.urls(" , ,"));
    }

    private static List<String> css(String text) {
        return CssReferences.extract(text).stream().map(r -> (r.isImport() ? "@" : "") + r.url()).toList();
    }

    @Test
    void cssUrlsAndImportsAreFoundButNotInCommentsOrStrings() {
        assertEquals(List.of("a.png", "b c.png", "d.png", "e)f.png"),
                css("x{background:url(a.png)} y{background:url( 'b c.png' )} z{b:URL(\"d.png\")} w{b:url(\"e)f.png\")}"));
        assertEquals(List.of("@one.css", "@two.css", "@three.css"),
                css("@import 'one.css'; @import url(two.css) screen; @IMPORT url(\"three.css\");"));
        assertEquals(List.of(), css("/* url(no.png) */ a::before { content: \"url(no.png)\" } b { x: myurl(no.png) }"));
        assertEquals(List.of("a b.png", "(x).png"), css("a{b:url(a\\ b.png)} c{d:url(\\28 x\\29 .png)}"));
        assertEquals(List.of(), css("a{b:url()}"));
    }

    @Test
    void metaRefreshUrl() {
        assertEquals("next.html", HtmlReferences.refreshUrl("0; url=next.html"));
        assertEquals("next/", HtmlReferences.refreshUrl("5;URL='next/'"));
        assertEquals("a b.html", HtmlReferences.refreshUrl("3, url = \"a b.html\""));
        assertEquals("plain.html", HtmlReferences.refreshUrl("0; plain.html"));
        assertNull(HtmlReferences.refreshUrl("600"));
        assertNull(HtmlReferences.refreshUrl("0; url="));
    }

    @Test
    void percentEncoding() {
        assertEquals("café/ü x.html", PercentEncoding.decode("caf%C3%A9/%C3%BC x.html"));
        assertEquals("café", PercentEncoding.decode("caf%c3%a9"));
        assertEquals("100%", PercentEncoding.decode("100%"));
        assertEquals("%zz%4", PercentEncoding.decode("%zz%4"));
        assertEquals("\uFFFD", PercentEncoding.decode("%FF"), "invalid UTF-8 decodes to U+FFFD");
        assertEquals("a%20b/100%25/%3F%23.html", PercentEncoding.encodePath("a b/100%/?#.html"));
        assertEquals("caf%C3%A9%20x", PercentEncoding.encodeFragment("café x"));
        assertEquals("a%20b%7C%C3%A9%25zz?q=%25", PercentEncoding.encodeIllegal("a b|é%zz?q=%25"));
    }

    @Test
    void fragmentMatchingFollowsTheHtmlStandard() {
        Set<String> anchors = Set.of("Intro", "café", "a%20b", "x y");
        assertTrue(FragmentIndex.resolves(anchors, "Intro"));
        assertFalse(FragmentIndex.resolves(anchors, "intro"), "ids are case-sensitive");
        assertTrue(FragmentIndex.resolves(anchors, "caf%C3%A9"), "decoded second");
        assertTrue(FragmentIndex.resolves(anchors, "a%20b"), "raw first");
        assertTrue(FragmentIndex.resolves(anchors, "x%20y"));
        assertTrue(FragmentIndex.resolves(anchors, ""));
        assertTrue(FragmentIndex.resolves(anchors, "top"));
        assertTrue(FragmentIndex.resolves(anchors, "ToP"));
        assertTrue(FragmentIndex.resolves(anchors, "%74op"), "top after decoding");
        assertFalse(FragmentIndex.resolves(anchors, "topp"));
        assertFalse(FragmentIndex.resolves(Set.of("a b"), "a%2520b"), "decoded only once");
        assertTrue(FragmentIndex.resolves(anchors, "a%2520b"), "…to a%20b, which is an id here");
    }

    @Test
    void pageCharsetFromBomOrMetaElseUtf8() {
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        assertEquals("<p>é</p>", PageCharset.decode("<p>é</p>".getBytes(utf8)));
        assertEquals("<meta charset=iso-8859-1><p>é</p>",
                PageCharset.decode("<meta charset=iso-8859-1><p>é</p>".getBytes(latin1)));
        assertEquals("<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>é",
                PageCharset.decode("<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>é".getBytes(latin1)));
        byte[] bom = "\uFEFF<meta charset=iso-8859-1>é".getBytes(utf8);
        assertEquals("<meta charset=iso-8859-1>é", PageCharset.decode(bom), "a BOM wins over the meta");
        assertEquals("<meta charset=nonsense>é", PageCharset.decode("<meta charset=nonsense>é".getBytes(utf8)));
        String late = " ".repeat(1100) + "<meta charset=iso-8859-1>é";
        assertEquals(late, PageCharset.decode(late.getBytes(utf8)), "only the first 1024 bytes are prescanned");
    }

    @Test
    void metaCharsetPrescan() {
        assertEquals("iso-8859-1", PageCharset.declaredName(latin1("<meta charset=\"ISO-8859-1\">")));
        assertEquals("windows-1252", PageCharset.declaredName(latin1("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=windows-1252'>")));
        assertEquals("utf-8", PageCharset.declaredName(latin1("<p>charset=latin1 in text</p><meta charset = 'utf-8' >")));
        assertNull(PageCharset.declaredName(latin1("<p>charset=latin1 in text, no meta</p>")));
        assertNull(PageCharset.declaredName(latin1("<meta name=x><p>charset=latin1</p>")));
    }

    private static byte[] latin1(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * The prescan as it was written on text (the window decoded as Latin-1, lower-cased, searched with String
     * methods): the reference that {@link PageCharset#declaredName(byte[])} must agree with.
     */
    private static String textPrescan(String head) {
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf("charset", from);
            if (at < 0) return null;
            from = at + 7;
            int open = lower.lastIndexOf('<', at);
            if (open < 0 || lower.lastIndexOf('>', at) > open || !lower.startsWith("<meta", open)) continue;
            int i = from;
            while (i < lower.length() && lower.charAt(i) <= ' ') i++;
            if (i >= lower.length() || lower.charAt(i) != '=') continue;
            i++;
            while (i < lower.length() && (lower.charAt(i) <= ' ' || lower.charAt(i) == '"' || lower.charAt(i) == '\'')) i++;
            int start = i;
            while (i < lower.length() && isNameChar(lower.charAt(i))) i++;
            if (i > start) return lower.substring(start, i);
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    }

    /** The prescan on bytes (every page of a build) answers as the same scan of the window read as Latin-1 text. */
    @Test
    void metaCharsetPrescanOnBytesAgreesWithTheTextOne() {
        String[] parts = {"<meta", "<META", " charset", "CharSet", "=", " = ", "\"", "'", "utf-8", "ISO-8859-1", "windows-1252",
            "<p>", ">", "<", " ", "\u00c9", "\u00ff", "\u00b5", "x", "http-equiv=Content-Type content='text/html; ", "\t", "-", "_"};
        java.util.Random random = new java.util.Random(20261208);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder head = new StringBuilder();
            int len = random.nextInt(14);
            for (int k = 0; k < len; k++) head.append(parts[random.nextInt(parts.length)]);
            if (random.nextInt(20) == 0) head.insert(0, " ".repeat(1000 + random.nextInt(40))); // across the window's end
            String text = head.toString();
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            String window = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals(textPrescan(window), PageCharset.declaredName(bytes), text);
        }
    }
}
