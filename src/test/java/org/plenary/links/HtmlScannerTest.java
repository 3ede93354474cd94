package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The scanner's promise: whenever it answers, its answer is the one jsoup's DOM gives for the same markup; and it
 * answers for well-formed pages. Checked on the link-check cases, on hand-picked traps of tree construction, and on
 * thousands of generated malformed documents.
 */
class HtmlScannerTest {

    static ParsedPage jsoup(String html) {
        return HtmlReferences.extract(Jsoup.parse(html, ""), "p.html");
    }

    static void assertSame(ParsedPage want, ParsedPage got, String html) {
        assertEquals(want.baseHref(), got.baseHref(), () -> "base href of\n" + html);
        assertEquals(want.references(), got.references(), () -> "references of\n" + html);
        assertEquals(want.anchors(), got.anchors(), () -> "anchors of\n" + html);
        assertEquals(want.alternates(), got.alternates(), () -> "alternates of\n" + html);
    }

    /**
     * The scanner's answer on the text's UTF-8 bytes when it has one, else null; fails when it differs from jsoup's
     * on the text, or when the same bytes inside a larger array (a region) give another answer.
     */
    static ParsedPage check(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        ParsedPage got = HtmlScanner.scan(utf8, "p.html", null);
        if (got != null) assertSame(jsoup(html), got, html);
        byte[] around = "<a href=before id=x>\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] region = new byte[around.length + utf8.length + around.length];
        System.arraycopy(around, 0, region, 0, around.length);
        System.arraycopy(utf8, 0, region, around.length, utf8.length);
        System.arraycopy(around, 0, region, around.length + utf8.length, around.length);
        ParsedPage inRegion = HtmlScanner.scan(region, around.length, around.length + utf8.length, "p.html", null);
        assertEquals(got == null, inRegion == null, () -> "a region of a larger array, of\n" + html);
        if (got != null) assertSame(got, inRegion, html);
        return got;
    }

    @Test
    void wellFormedPageIsScannedExactly() {
        String html = """
                <!DOCTYPE html>
                <html lang="en" dir="ltr">
                <head>
                <meta charset="utf-8">
                <title>A &amp; B <a href="not-a-link"></title>
                <link rel="alternate" hreflang="fr" href="../fr/">
                <link rel="stylesheet" href="../assets/site.css">
                <link rel="preconnect" href="https://cdn.example">
                <style>.x { background: url("img/bg.png") } @import "more.css";</style>
                <meta http-equiv="refresh" content="5; url=next.html">
                <base href="/en/">
                </head>
                <body>
                <a class="skip" href="#main">Skip</a>
                <svg aria-hidden="true" viewBox="0 0 16 16"><use href="sprite.svg#i"/><circle id="c" cx="8"/></svg>
                <main id="main"><p>Text <a href="a?x=1&amp;y=2&copy;" name="top-a">x</a> <b>bold <i>it</i></b>
                <ul><li><a href="one/">1</a><li><a href='two/'>2</a></ul>
                <table><thead><tr><th id="h">H</th></tr></thead><tbody><tr><td><img src="i.png" srcset="i2.png 2x, i3.png 3x"></td></tr></tbody></table>
                <form id="f" action="s/"><input type="image" src="go.png"><button>b</button></form>
                <script src="app.js"></script><script>var s = "<a href='x'>";</script>
                <!-- <a href="commented-out"> -->
                <p style="background:url(p.png)">x<p>y
                </main>
                </body>
                </html>
                """;
        ParsedPage p = check(html);
        assertNotNull(p, "a well-formed page is scanned");
        assertTrue(p.anchors().containsAll(List.of("main", "c", "h", "f", "top-a")), p.anchors().toString());
        assertEquals("/en/", p.baseHref());
    }

    @Test
    void treeConstructionTrapsAreLeftToTheFullParser() {
        for (String html : List.of(
                "<b id=b1><p>x</b>y</p>",                          // misnested formatting: <b> is cloned
                "<table><tr id=r><td>x</td></tr></table><tr id=outside>", // a row outside a table is ignored
                "<form id=f1><form id=f2></form></form>",          // a nested form is ignored
                "<select><a id=insel href=z></a></select>",        // only options go in a select
                "<html id=h1><body id=b1><body id=b2 class=c>",     // a second body merges into the first
                "<image src=x.png>",                               // <image> becomes <img>
                "<svg><p id=brk>x</svg>",                          // HTML breaks out of SVG
                "<svg><style>a{background:url(x)}</style></svg>",  // SVG style: text, not data
                "<a href=a1><a href=a2>",                          // the adoption agency closes the first <a>
                "<script><!--<script></script><a id=se></a>--></script>",
                "<template><a href=t></a></template>",
                "<math><mi><a href=m></a></mi></math>",
                "<div/>x",
                "<!--> <a href=x> -->",
                "<a href=x\r\n>",
                "<caf\u00e9 id=c>",                                // names outside ASCII: jsoup's own rules
                "<a h\u00e9f=x id=y>")) {
            assertNull(check(html), () -> "should give up on\n" + html);
        }
    }

    @Test
    void everyLinkCaseGivesJsoupsAnswer() throws IOException, URISyntaxException {
        Path root = Path.of(HtmlScannerTest.class.getResource("/links/cases").toURI());
        int files = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> SiteFiles.isHtml(p.toString())).sorted().toList()) {
                check(PageCharset.decode(Files.readAllBytes(f)));
                files++;
            }
        }
        assertTrue(files >= 20, "case pages: " + files);
    }

    private static final String[] TAGS = {"div", "p", "a", "b", "i", "em", "span", "table", "tbody", "thead", "tr", "td",
            "th", "caption", "col", "colgroup", "ul", "ol", "li", "dl", "dd", "dt", "form", "input", "button", "svg", "circle",
            "use", "g", "title", "desc", "foreignObject", "style", "script", "head", "body", "html", "select", "option",
            "optgroup", "image", "img", "template", "link", "meta", "base", "noscript", "textarea", "h1", "h2", "h3", "pre",
            "nobr", "font", "area", "source", "video", "object", "iframe", "xmp", "section", "main", "br", "hr", "math"};
    private static final String[] ATTRS = {"id", "name", "href", "xlink:href", "src", "srcset", "style", "rel", "hreflang",
            "http-equiv", "content", "type", "data", "poster", "class", "ID", "HREF"};
    private static final String[] VALUES = {"x", "y", "#x", "a b", "a.png 1x, b.png 2x", "background:url(u.png)",
            "stylesheet", "alternate", "fr", "refresh", "0; url=n.html", "image", "&amp;x", "&notin;", "&amp=1", "&ampx",
            "&#x41;", "", "../up/", "/root/", "preconnect", "Refresh ",
            // URLs a browser cleans: white space around, tabs and newlines inside; rel keywords in other cases.
            "  ../up/ ", "a\tb.html", "\n#x\n", "x\u000B", "  ", "\u00A0x", "STYLESHEET", "Alternate  stylesheet",
            "pre\u00A0connect", "dns-prefetch\fpreconnect",
            // Text outside ASCII, as ids and URLs of a multilingual site hold it: accents, Chinese, Arabic, an emoji
            // (4 bytes in UTF-8); with references, white space outside ASCII, and a rel keyword after one.
            "caf\u00e9", "#caf\u00e9", "/zh/\u6210\u5458/", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\uD83D\uDE00.png",
            "../ar/\u0623\u0639\u0636\u0627\u0621/#\u0645", "&amp;\u00e9", "\u00e9&eacute;", " \u00e9 ", "\u3000x\u3000",
            "\u00e9 stylesheet", "\u6210\u5458.png 1x, \uD83D\uDE00.png 2x", "background:url(\u00e9.png)", "0; url=\u00e9.html"};
    /** Text between tags, some of it outside ASCII. */
    private static final String[] TEXTS = {"text", "text &amp; more", "a < b", "caf\u00e9", "\u6210\u5458 \u540d\u5355",
            "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\uD83D\uDE00", "\u00a0", "<\u00e9"};

    @Test
    void generatedMalformedMarkupNeverGetsADifferentAnswer() {
        Random rnd = new Random(20261130);
        int scanned = 0;
        int docs = 5000;
        for (int d = 0; d < docs; d++) {
            StringBuilder b = new StringBuilder(rnd.nextInt(4) == 0 ? "" : "<!DOCTYPE html>");
            if (d % 2 == 0) {
                soup(rnd, b);
            } else {
                // Mostly well-formed trees, each node with a small chance of a missing or stray end tag.
                b.append(rnd.nextBoolean() ? "<html><head><title>t</title></head><body>" : "");
                for (int k = 1 + rnd.nextInt(4); k > 0; k--) tree(rnd, b, 0);
            }
            if (check(b.toString()) != null) scanned++;
        }
        // Some of the generated documents are beyond the scanner; a good share must still be scanned to mean much.
        assertTrue(scanned > docs / 4, "scanned " + scanned + " of " + docs);
    }

    private static void startTag(Random rnd, StringBuilder b, String tag) {
        startTag(rnd, b, tag, rnd.nextInt(8) == 0);
    }

    private static void startTag(Random rnd, StringBuilder b, String tag, boolean selfClosing) {
        b.append('<').append(rnd.nextInt(8) == 0 ? tag.toUpperCase(java.util.Locale.ROOT) : tag);
        int attrs = rnd.nextInt(4);
        for (int a = 0; a < attrs; a++) {
            b.append(rnd.nextInt(10) == 0 ? "\n" : " ").append(ATTRS[rnd.nextInt(ATTRS.length)]);
            String v = VALUES[rnd.nextInt(VALUES.length)];
            switch (rnd.nextInt(4)) {
                case 0 -> b.append("=\"").append(v).append('"');
                case 1 -> b.append("='").append(v).append('\'');
                case 2 -> b.append('=').append(v.replace(" ", ""));
                default -> {
                }
            }
        }
        b.append(selfClosing ? "/>" : ">");
    }

    /** Elements as pages use them; now and then one of the traps of {@link #TAGS}. */
    private static final String[] COMMON = {"div", "p", "a", "b", "i", "em", "span", "ul", "ol", "li", "dl", "dd", "dt",
            "section", "main", "h1", "h2", "pre", "button", "form", "noscript", "details", "summary", "nav", "label"};
    private static final String[] VOIDS = {"img", "br", "hr", "input", "link", "meta", "base", "source", "area", "wbr"};

    private static void tree(Random rnd, StringBuilder b, int depth) {
        int pick = rnd.nextInt(40);
        if (pick < 6) {
            startTag(rnd, b, VOIDS[rnd.nextInt(VOIDS.length)], rnd.nextInt(4) == 0);
            return;
        }
        if (pick == 6) {
            b.append("<table>");
            if (rnd.nextBoolean()) b.append("<caption>c</caption>");
            b.append(rnd.nextBoolean() ? "<tbody>" : "");
            for (int r = rnd.nextInt(3); r >= 0; r--) {
                startTag(rnd, b, "tr", false);
                for (int c = rnd.nextInt(3); c >= 0; c--) {
                    startTag(rnd, b, rnd.nextBoolean() ? "td" : "th", false);
                    if (depth < 4 && rnd.nextBoolean()) tree(rnd, b, depth + 1);
                    if (rnd.nextInt(6) > 0) b.append("</td>");
                }
                if (rnd.nextInt(6) > 0) b.append("</tr>");
            }
            b.append("</table>");
            return;
        }
        if (pick == 7) {
            b.append("<svg viewBox=\"0 0 1 1\">");
            for (int k = rnd.nextInt(4); k > 0; k--) {
                String t = new String[] {"circle", "use", "g", "path", "title", "a", "image", "linearGradient"}[rnd.nextInt(8)];
                startTag(rnd, b, t, rnd.nextBoolean());
                if (b.charAt(b.length() - 2) != '/') b.append("</").append(t).append('>');
            }
            b.append("</svg>");
            return;
        }
        if (pick == 8) {
            String raw = new String[] {"style", "script", "title", "textarea"}[rnd.nextInt(4)];
            startTag(rnd, b, raw, false);
            b.append(new String[] {"a{background:url(r.png)} <b id=no>", "x < y && </ b", "a{background:url(\u00e9\u6210.png)}",
                    "\u0627 </\u00e9"}[rnd.nextInt(4)]);
            b.append("</").append(raw).append('>');
            return;
        }
        if (pick == 10) {
            startTag(rnd, b, "select", false);
            for (int k = rnd.nextInt(4); k > 0; k--) {
                String t = new String[] {"option", "optgroup", "option", "script", "a", "hr"}[rnd.nextInt(6)];
                startTag(rnd, b, t, false);
                b.append(t.equals("script") ? "x</script>" : rnd.nextBoolean() ? "o</" + t + ">" : "o");
            }
            b.append(rnd.nextInt(5) > 0 ? "</select>" : "");
            return;
        }
        String tag = pick == 9 ? TAGS[rnd.nextInt(TAGS.length)] : COMMON[rnd.nextInt(COMMON.length)];
        startTag(rnd, b, tag, rnd.nextInt(30) == 0);
        if (depth < 4) {
            for (int k = rnd.nextInt(4); k > 0; k--) {
                if (rnd.nextInt(3) == 0) b.append(TEXTS[rnd.nextInt(TEXTS.length)]);
                else tree(rnd, b, depth + 1);
            }
        }
        int r = rnd.nextInt(25);
        if (r == 0) return; // end tag missing
        if (r == 1) b.append("</").append(TAGS[rnd.nextInt(TAGS.length)]).append('>'); // a stray one
        b.append("</").append(tag).append('>');
    }

    private static void soup(Random rnd, StringBuilder b) {
        int tokens = 1 + rnd.nextInt(30);
        for (int t = 0; t < tokens; t++) {
            int k = rnd.nextInt(10);
            String tag = TAGS[rnd.nextInt(TAGS.length)];
            if (k < 5) {
                startTag(rnd, b, tag);
            } else if (k < 8) {
                b.append("</").append(tag).append('>');
            } else if (k == 8) {
                b.append(TEXTS[rnd.nextInt(TEXTS.length)]);
            } else {
                b.append("<!-- c -->");
            }
        }
    }

    /** Byte sequences that are not UTF-8: a continuation byte alone, overlong forms, surrogates, past U+10FFFF, cut short. */
    private static final int[][] INVALID = {{0x80}, {0xBF}, {0xFF}, {0xFE}, {0xC0, 0xAF}, {0xC1, 0xBF}, {0xC3}, {0xE0, 0x80, 0xAF},
            {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xE6, 0x88}, {0xF0, 0x80, 0x80, 0xAF},
            {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF0, 0x9F, 0x98}, {0xC3, 0x28}};

    @Test
    void invalidUtf8IsLeftToTheFallbackAndReadAsTheDecoderReadsIt() {
        Random rnd = new Random(20261208);
        for (int d = 0; d < 1000; d++) {
            StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>");
            for (int k = 1 + rnd.nextInt(4); k > 0; k--) tree(rnd, b, 0);
            byte[] valid = b.toString().getBytes(StandardCharsets.UTF_8);
            int[] bad = INVALID[rnd.nextInt(INVALID.length)];
            // Anywhere: in text, a tag, a value, the middle of a character, the end of the file.
            int at = rnd.nextInt(4) == 0 ? valid.length : rnd.nextInt(valid.length + 1);
            byte[] bytes = new byte[valid.length + bad.length];
            System.arraycopy(valid, 0, bytes, 0, at);
            for (int k = 0; k < bad.length; k++) bytes[at + k] = (byte) bad[k];
            System.arraycopy(valid, at, bytes, at + bad.length, valid.length - at);
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            assertNull(HtmlScanner.scan(bytes, "p.html", null), decoded);
            assertSame(jsoup(decoded), HtmlReferences.parse(bytes, "p.html", null), decoded);
        }
    }

    @Test
    void validUtf8IsWhatJavasDecoderAccepts() throws Exception {
        Random rnd = new Random(7);
        byte[] interesting = {0x00, 0x0D, 0x0A, 0x41, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0, (byte) 0xBF,
                (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xE1, (byte) 0xEC, (byte) 0xED, (byte) 0xEE,
                (byte) 0xEF, (byte) 0xF0, (byte) 0xF1, (byte) 0xF3, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF};
        for (int t = 0; t < 200_000; t++) {
            // Up to 24 bytes, mostly ASCII letters now and then: the validator reads ASCII eight bytes at a time.
            byte[] b = new byte[1 + rnd.nextInt(t % 2 == 0 ? 5 : 24)];
            for (int k = 0; k < b.length; k++) {
                int pick = rnd.nextInt(t % 2 == 0 ? 2 : 16);
                b[k] = pick == 0 ? interesting[rnd.nextInt(interesting.length)] : pick == 1 ? (byte) rnd.nextInt(256) : (byte) ('a' + pick);
            }
            boolean valid;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                valid = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                valid = false;
            }
            boolean plain = valid && new String(b, StandardCharsets.ISO_8859_1).indexOf('\r') < 0
                    && new String(b, StandardCharsets.ISO_8859_1).indexOf('\0') < 0;
            assertEquals(plain, HtmlScanner.isPlainUtf8(b, 0, b.length), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
        }
    }

    @Test
    void textOutsideAsciiIsScannedFromTheBytes() {
        String html = """
                <!DOCTYPE html>
                <html lang="zh"><head><meta charset="utf-8"><title>\u6210\u5458 &amp; \uD83D\uDE00</title>
                <link rel="alternate" hreflang="ar" href="../ar/\u0623\u0639\u0636\u0627\u0621/">
                <style>.\u00e9 { background: url("\u56fe/\u00e9.png") }</style></head>
                <body><h1 id="\u6210\u5458">\u6210\u5458\u540d\u5355</h1>
                <a href="#\u6210\u5458" name="caf\u00e9">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a>
                <a href=" /fr/caf\u00e9/\t#r\u00e9sum\u00e9 ">x</a><a href="\u00e9&amp;\u00e8">y</a>
                <img src="/img/\uD83D\uDE00.png" srcset="\u00e9.png 1x, \uD83D\uDE00.png 2x" alt="\uD83D\uDE00">
                <p id=\u00e9t\u00e9>\u00e9</p></body></html>
                """;
        ParsedPage p = check(html);
        assertNotNull(p, "a well-formed page outside ASCII is scanned");
        assertTrue(p.anchors().containsAll(List.of("\u6210\u5458", "caf\u00e9", "\u00e9t\u00e9")), p.anchors().toString());
    }

    @Test
    void charsetOfTheFileIsHonoured() {
        byte[] utf8 = "<meta charset=utf-8><a id=caf\u00e9>".getBytes(StandardCharsets.UTF_8);
        assertTrue(PageCharset.decode(utf8).contains("caf\u00e9"));
    }
}
