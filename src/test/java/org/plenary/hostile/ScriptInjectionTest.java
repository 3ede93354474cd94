package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.browser.HeadlessChromium;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;

/**
 * Names, titles, summaries and draw source names holding {@code <!--<script>} and {@code </script>}: every page
 * keeps its content (the HTML parser, jsoup here as in browsers, does not see the JSON-LD or the draw data swallow
 * the page), every embedded JSON still reads back as the text written, and the in-browser draw verifier still works.
 */
class ScriptInjectionTest {
    /** Opens a comment then a script inside a script element, then tries to close it early; and some markup. */
    static final String HOSTILE = "<!--<script> A&amp;B </script><b>bold</b> \u2028x";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        String q = "\"" + HOSTILE.replace("\u2028", "\\L") + "\""; // YAML double-quoted: \L is U+2028
        TestSite site = TestSite.mini(tmp)
                .replace("data/members/people.yaml", "name: Amina Diallo", "name: " + q)
                .replace("data/advice/st-0117.yaml", "title: {en: Statement on IDN variants,", "title: {en: " + q + ",")
                .replace("data/advice/st-0117.yaml", "summary: {en: The ALAC supports the proposal.,", "summary: {en: " + q + ",")
                .replace("data/draws/rapporteurs-2019.yaml", "{name: Lottery A,", "{name: " + q + ",")
                .replace("data/draws/rapporteurs-2019.yaml", "title: {en: Policy rapporteur 2019,", "title: {en: " + q + ",")
                .replace("data/site.yaml", "name: {en: Africa,", "name: {en: " + q + ",");
        out = site.beside("out");
        Run r = site.build(out, "--links", "internal");
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static Document page(String rel) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(rel), StandardCharsets.UTF_8));
    }

    /** The page was not swallowed: its footer is there, and no script element came out of the data. */
    private static void intact(Document d, String rel) {
        assertNotNull(d.selectFirst("footer.site-footer"), rel + ": the page lost its footer");
        assertNotNull(d.selectFirst("main h1"), rel + ": the page lost its heading");
        for (Element s : d.select("script")) {
            assertTrue(s.hasAttr("src") || s.attr("type").equals("application/ld+json") || s.attr("type").equals("application/json"),
                    () -> rel + ": unexpected script element " + s.outerHtml());
        }
        assertTrue(d.select("b").stream().noneMatch(b -> b.text().equals("bold")), rel + ": markup from the data became markup");
    }

    private static JsonNode jsonLd(Document d) throws Exception {
        Element s = d.selectFirst("script[type=application/ld+json]");
        assertNotNull(s, "no JSON-LD");
        return JSON.readTree(s.data());
    }

    @Test
    void memberProfileKeepsItsContentAndItsJsonLd() throws Exception {
        for (String lang : List.of("en", "fr", "ar")) {
            String rel = lang + "/members/amina-diallo/index.html";
            Document d = page(rel);
            intact(d, rel);
            assertEquals(HOSTILE, d.selectFirst("main h1 bdi").text().replace(' ', ' ').replace("\u2028", "\u2028"));
            assertEquals(HOSTILE, jsonLd(d).get("name").asText());
            assertNotNull(d.selectFirst("main section, main table, main dl"), rel + ": profile body missing");
        }
    }

    @Test
    void statementKeepsItsContentAndItsJsonLd() throws Exception {
        String rel = "en/advice/al-alac-st-0117-01-00-en/index.html";
        Document d = page(rel);
        intact(d, rel);
        JsonNode ld = jsonLd(d);
        assertEquals(HOSTILE, ld.get("name").asText());
        assertEquals(HOSTILE, ld.get("abstract").asText());
        assertEquals(HOSTILE, ld.get("author").get(0).get("name").asText());
    }

    @Test
    void searchPageKeepsItsContentAndItsStrings() throws Exception {
        String rel = "en/search/index.html";
        Document d = page(rel);
        intact(d, rel);
        JsonNode strings = JSON.readTree(d.getElementById("search-strings").data());
        assertEquals(HOSTILE, strings.get("regions").get("afralo").asText());
    }

    @Test
    void embeddedJsonEscapesMarkupCharacters() throws Exception {
        String raw = Files.readString(out.resolve("en/draws/rapporteurs-2019/index.html"), StandardCharsets.UTF_8);
        String data = raw.substring(raw.indexOf("id=\"draw-data\">"), raw.indexOf("</script>", raw.indexOf("id=\"draw-data\">")));
        assertFalse(data.contains("<!--") || data.contains("<script") || data.contains("&amp;"), data);
        assertTrue(data.contains("\\u003c!--\\u003cscript\\u003e"), data);
        assertTrue(data.contains("\\u2028"), "U+2028 is escaped too");
    }

    @Test
    void drawPageKeepsItsContentAndItsData() throws Exception {
        String rel = "en/draws/rapporteurs-2019/index.html";
        Document d = page(rel);
        intact(d, rel);
        assertNotNull(d.getElementById("draw-verify"), "the verifier's button is still in the page");
        JsonNode data = JSON.readTree(d.getElementById("draw-data").data());
        assertEquals(HOSTILE, data.get("sources").get(0).get("name").asText());
        assertNotNull(d.selectFirst("script[src$=draw-verify.js]"), "the verifier's script is still loaded");
    }

    @Test
    void drawVerifierStillWorksInTheBrowser() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path page = out.resolve("en/draws/rapporteurs-2019/index.html");
        Document dom = Jsoup.parse(chromium.dumpDomHtml(page.toUri() + "#verify", Duration.ofSeconds(5)));
        assertEquals("match", dom.getElementById("draw-verify-result").attr("data-status"));
    }
}
