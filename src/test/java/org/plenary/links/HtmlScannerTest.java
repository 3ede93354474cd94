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

    /** The scanner's answer when it has one, else null; fails when it differs from jsoup's. */
    static ParsedPage check(String html) {
        ParsedPage got = HtmlScanner.scan(html, "p.html", null);
        if (got != null) assertSame(jsoup(html), got, html);
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
                "<a href=x\r\n>")) {
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
            "pre\u00A0connect", "dns-prefetch\fpreconnect"};

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
            b.append(rnd.nextBoolean() ? "a{background:url(r.png)} <b id=no>" : "x < y && </ b");
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
                if (rnd.nextInt(3) == 0) b.append("text");
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
                b.append(rnd.nextBoolean() ? "text &amp; more" : "a < b");
            } else {
                b.append("<!-- c -->");
            }
        }
    }

    @Test
    void charsetOfTheFileIsHonoured() {
        byte[] utf8 = "<meta charset=utf-8><a id=caf\u00e9>".getBytes(StandardCharsets.UTF_8);
        assertTrue(PageCharset.decode(utf8).contains("caf\u00e9"));
    }
}
