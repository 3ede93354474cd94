package org.plenary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.BuildResult;
import org.plenary.build.LinkMode;
import org.plenary.build.SiteBuild;

/** The verifier on a draw page as the generator writes it, run in real headless Chromium. */
class DrawPageBrowserTest {
    @TempDir
    static Path out;
    static HeadlessChromium chromium;

    @BeforeAll
    static void build() throws Exception {
        chromium = HeadlessChromium.require();
        // A copy: a build writes its search index under the root, and the fixture must stay as committed.
        Path site = org.plenary.build.TestSite.mini(out.resolve("src")).root();
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(site, out.resolve("site"), false, LinkMode.OFF, null,
                out.resolve("cache.json")));
        assertEquals(0, r.exitCode(), () -> r.diagnostics().sorted().toString());
    }

    @Test
    void generatedDrawPageVerifiesInTheBrowser() throws Exception {
        Path page = out.resolve("site/ar/draws/rapporteurs-2019/index.html");
        Document dom = Jsoup.parse(chromium.dumpDomHtml(page.toUri() + "#verify", Duration.ofSeconds(5)));
        Element result = dom.getElementById("draw-verify-result");
        assertEquals("match", result.attr("data-status"));
        // The verdict is shown in the page's language (Arabic), from the page's own strings.
        Document raw = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertEquals(raw.getElementById("draw-verify").attr("data-match"), result.text());
        assertTrue(dom.select("#draw-verify-steps tbody tr").size() >= 1);
    }

    @Test
    void tamperedPageShowsMismatch() throws Exception {
        Path page = out.resolve("site/en/draws/rapporteurs-2019/index.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        // Someone edits the published result: jean-dupont instead of amina-diallo.
        String tampered = html.replace("\"result\":{\"\":[\"amina-diallo\"]}", "\"result\":{\"\":[\"jean-dupont\"]}");
        assertTrue(!tampered.equals(html), "fixture draw data not found in page");
        Path copy = page.resolveSibling("tampered.html");
        Files.writeString(copy, tampered, StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(chromium.dumpDomHtml(copy.toUri() + "#verify", Duration.ofSeconds(5)));
        assertEquals("mismatch", dom.getElementById("draw-verify-result").attr("data-status"));
    }
}
