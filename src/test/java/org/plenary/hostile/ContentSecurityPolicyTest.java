package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.browser.HeadlessChromium;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;
import org.plenary.output.ContentSecurityPolicy;

/**
 * Every page carries the Content-Security-Policy as its first element after the charset, and nothing in the site
 * needs what it forbids: no inline script, no event-handler attribute, no {@code javascript:} URL, no script from
 * elsewhere, no {@code eval} in the site's JavaScript. In headless Chromium the policy is enforced and the scripts
 * (root language redirect, draw verifier) still work.
 */
class ContentSecurityPolicyTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        TestSite s = TestSite.mini(tmp);
        out = s.beside("out");
        Run r = s.build(out, "--links", "internal");
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageCarriesThePolicyAndNeedsNothingItForbids() throws Exception {
        List<Path> pages = pages();
        assertTrue(pages.size() > 50, "the mini site has its pages");
        for (Path p : pages) {
            String rel = out.relativize(p).toString();
            Document d = Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8));
            Element meta = d.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertNotNull(meta, rel + " has no Content-Security-Policy");
            assertEquals(ContentSecurityPolicy.POLICY, meta.attr("content"), rel);
            assertEquals("charset", d.head().child(0).attributes().asList().get(0).getKey(), rel + ": charset first");
            assertEquals(meta, d.head().child(1), rel + ": the policy comes before anything it governs");
            for (Element s : d.select("script")) {
                if (s.hasAttr("src")) {
                    assertFalse(s.attr("src").matches("(?i)^([a-z][a-z0-9+.-]*:|//).*"), rel + ": script from elsewhere " + s);
                    assertTrue(s.data().isBlank(), rel);
                } else {
                    assertTrue(List.of("application/ld+json", "application/json").contains(s.attr("type")),
                            rel + ": inline script " + s.outerHtml());
                }
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), rel + ": event handler attribute " + a);
                    assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), rel + ": javascript: URL " + a);
                    assertFalse(a.getKey().equalsIgnoreCase("style"), rel + ": style attribute (the policy allows none) " + e.tagName());
                }
            }
        }
    }

    @Test
    void theSitesJavaScriptNeedsNoEval() throws Exception {
        Pattern forbidden = Pattern.compile("\\beval\\s*\\(|new\\s+Function\\s*\\(|set(Timeout|Interval)\\s*\\(\\s*['\"`]"
                + "|\\.innerHTML\\s*=|insertAdjacentHTML|document\\.write");
        try (Stream<Path> js = Files.walk(out.resolve("assets"))) {
            for (Path f : js.filter(p -> p.toString().endsWith(".js")).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(forbidden.matcher(code).find(), f + " uses eval-like or HTML-string code");
            }
        }
    }

    @Test
    void scriptsStillRunUnderThePolicyInChromium() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        // the bare domain's language chooser, now a file: it sends the browser to a language's home page
        String root = chromium.dumpDomHtml(out.resolve("index.html").toUri().toString(), Duration.ofSeconds(5));
        // From disk a folder URL shows the folder's listing (a web server would serve its index.html): either way the
        // browser left the chooser for the English home page.
        assertTrue(root.contains("main-nav") || root.contains(out.resolve("en") + "/"), "the redirect ran:\n" + root);
        assertFalse(root.contains("language-redirect.js"), "the browser left the chooser page");
        // the draw verifier, loaded from /assets/
        Document draw = Jsoup.parse(chromium.dumpDomHtml(out.resolve("fr/draws/rapporteurs-2019/index.html").toUri() + "#verify",
                Duration.ofSeconds(5)));
        assertEquals("match", draw.getElementById("draw-verify-result").attr("data-status"));
    }

    @Test
    void anInlineScriptWouldBeBlocked() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path page = out.resolve("en/injected.html");
        String html = Files.readString(out.resolve("en/index.html"), StandardCharsets.UTF_8)
                .replace("</main>", "<script>document.body.setAttribute('data-ran', 'yes')</script></main>");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Document d = Jsoup.parse(chromium.dumpDomHtml(page.toUri().toString(), Duration.ofSeconds(3)));
        assertEquals("", d.body().attr("data-ran"), "the policy stops inline script");
    }
}
