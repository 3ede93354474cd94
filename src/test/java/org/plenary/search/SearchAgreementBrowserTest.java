package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.browser.HeadlessChromium;
import org.plenary.search.internal.IndexMeta;

/**
 * The browser and the command line agree: the same queries (all seven languages; Chinese two-word queries, Russian
 * and Arabic inflections, a typo, a prefix, a phrase) run through the static index in headless Chromium, served by
 * a plain file server, and through the Lucene index; the results must be the same pages in the same order, with the
 * same totals and facet counts. Then the search page itself, as a reader uses it, in Chinese, French and Arabic.
 */
class SearchAgreementBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {query, lang (null: all)}. */
    static final String[][] QUERIES = {
            {"travel", "en"}, {"transparency travel support", "en"}, {"travle", "en"}, {"transpar", "en"},
            {"\"trademark claims\"", "en"}, {"Letter to the ICANN Board", "en"}, {"policy", null}, {"ALAC", null},
            {"Olga Ivanova", null}, {"ICANN58", null}, {"AL-ALAC-ST-0118-01-00-EN", null}, {"transparancy", "en"},
            {"déclarations", "fr"}, {"declaration atlas", "fr"}, {"recomendaciones", "es"}, {"transparencia", "es"},
            {"comunidade", "pt"}, {"数据保护", "zh"}, {"數據保護", "zh"}, {"域名 注册", "zh"}, {"个人数据", null},
            {"\"数据保护\"", "zh"}, {"المجتمع", "ar"}, {"مجتمع", "ar"}, {"والشفافية", "ar"}, {"Ольга", "ru"},
            {"сообщества", "ru"}, {"сообщество At-Large", "ru"}, {"отчет", "ru"}, {"защита данных", "ru"},
            {"поездок", null}, {"\"защите данных\"", "ru"}, {"travel polcy", "en"}, {"zzqxv", null},
            // Words too common to search for (never "corrected"), with and without a language; a stop word of
            // another language; language-neutral names and ids (the default language's pages).
            {"the", null}, {"the", "en"}, {"of the", null}, {"les", "fr"}, {"the travel", null}, {"UN", "en"},
            {"ICANN80", null}, {"coe-2023", null}, {"al-alac-st-0317-01-00-en", null}, {"GNSO", null}, {"amina", null},
            {"Li Mei", null}, {"دعم سفر", null}, {"دعم سفر", "ar"}, {"déclaration", "fr"},
            // Words that occur only with a clitic attached (l'examen, والشفافية), searched bare or with another.
            {"examen", "fr"}, {"d'examen", "fr"}, {"\"examen indépendant\"", "fr"}, {"الشفافية", "ar"}, {"شفافية", "ar"},
            {"للسفر", "ar"}, {"ICANN's board", "en"}, {"通用資料保護條例", "zh"},
    };
    /** The queries above that find nothing, on purpose. */
    static final int NOTHING_FOUND = 5;

    static HeadlessChromium chromium;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.require();
    }

    @Test
    void browserResultsEqualCommandLineResults() throws Exception {
        Path site = SampleSite.site();
        IndexMeta meta = IndexMeta.read(SearchIndexes.location(SampleSite.root()).resolve("meta.json"));
        Map<String, Integer> entityIndex = new HashMap<>();
        for (int i = 0; i < meta.entities().size(); i++) {
            entityIndex.put(meta.entities().get(i).type() + ":" + meta.entities().get(i).id(), i);
        }
        ArrayNode queries = JSON.createArrayNode();
        for (String[] q : QUERIES) {
            ObjectNode o = queries.addObject().put("query", q[0]);
            if (q[1] != null) o.put("lang", q[1]);
        }
        Files.writeString(site.resolve("agreement.html"), "<!DOCTYPE html><html><head><meta charset=utf-8>"
                + "<script src=\"assets/js/search.js\"></script><script src=\"agreement.js\" defer></script></head><body>"
                + "<script type=\"application/json\" id=\"queries\">" + queries + "</script><pre id=\"out\"></pre></body></html>");
        Files.writeString(site.resolve("agreement.js"), """
                (async function () {
                  var engine = new PlenarySearch.Engine('search/');
                  var out = [];
                  for (var q of JSON.parse(document.getElementById('queries').textContent)) {
                    try {
                      var r = await engine.search(q);
                      out.push({ total: r.results.length, top: r.results.slice(0, 10).map(function (h) {
                        return h.entity + '/' + h.lang + '/' + h.score; }), facets: r.facets, tooCommon: r.tooCommon,
                        corrections: r.corrections, suggestion: r.suggestion, withoutFilters: r.totalWithoutFilters,
                        snippets: await Promise.all(r.results.slice(0, 5).map(async function (h) {
                          var pieces = engine.snippet((await engine.page(h)).text, h, r.plan);
                          return { text: pieces.map(function (p) { return p.text; }).join('').trim(),
                            marks: pieces.filter(function (p) { return p.mark; }).map(function (p) { return p.text; }) };
                        })) });
                    } catch (e) { out.push({ error: String(e && e.message || e) }); }
                  }
                  document.getElementById('out').textContent = JSON.stringify(out);
                })();
                """);
        List<JsonNode> browser;
        try (StaticFileServer server = new StaticFileServer(site)) {
            String dom = chromium.dumpDomHtml(server.url("/agreement.html"), Duration.ofSeconds(60));
            String out = Jsoup.parse(dom).getElementById("out").text();
            assertFalse(out.isEmpty(), "the browser produced no results; DOM:\n" + dom);
            browser = new ArrayList<>();
            JSON.readTree(out).forEach(browser::add);
        }
        assertEquals(QUERIES.length, browser.size());
        try (SearchIndex index = SearchIndex.open(SearchIndexes.location(SampleSite.root()))) {
            for (int i = 0; i < QUERIES.length; i++) {
                String[] q = QUERIES[i];
                JsonNode b = browser.get(i);
                assertFalse(b.has("error"), () -> q[0] + ": browser error " + b);
                SearchResponse cli = index.search(new SearchRequest(q[0], q[1], null, null, null, 10));
                List<String> expected = new ArrayList<>();
                for (SearchResult r : cli.results()) {
                    expected.add(entityIndex.get(r.type() + ":" + r.id()) + "/" + r.lang() + "/" + r.score());
                }
                List<String> actual = new ArrayList<>();
                // JavaScript prints the float score as a double; print it as Java prints the float.
                b.get("top").forEach(n -> {
                    String[] p = n.asText().split("/");
                    actual.add(p[0] + "/" + p[1] + "/" + (float) Double.parseDouble(p[2]));
                });
                String label = "query " + q[0] + " (lang " + q[1] + ")";
                assertEquals(expected, actual, label);
                assertEquals(cli.total(), b.get("total").asInt(), label + ": total");
                Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
                b.get("facets").fields().forEachRemaining(f -> {
                    Map<String, Integer> values = new LinkedHashMap<>();
                    f.getValue().forEach(pair -> values.put(pair.get(0).asText(), pair.get(1).asInt()));
                    facets.put(f.getKey(), values);
                });
                assertEquals(cli.facets(), facets, label + ": facets");
                List<String> common = new ArrayList<>();
                b.get("tooCommon").forEach(n -> common.add(n.asText()));
                assertEquals(cli.tooCommon(), common, label + ": too common");
                Map<String, String> corrections = new LinkedHashMap<>();
                b.get("corrections").fields().forEachRemaining(f -> corrections.put(f.getKey(), f.getValue().asText()));
                assertEquals(cli.corrections(), corrections, label + ": corrections");
                assertEquals(cli.suggestion(), b.get("suggestion").isNull() ? null : b.get("suggestion").asText(), label);
                assertEquals(cli.totalWithoutFilters(), b.get("withoutFilters").asInt(), label + ": without filters");
                // The snippets: the same passage, the same words marked (the lexicon's forms of the query's terms).
                for (int k = 0; k < Math.min(5, cli.results().size()); k++) {
                    String html = cli.results().get(k).snippet();
                    List<String> marks = new ArrayList<>();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(html);
                    while (m.find()) marks.add(Jsoup.parse(m.group(1)).text());
                    JsonNode js = b.get("snippets").get(k);
                    List<String> jsMarks = new ArrayList<>();
                    js.get("marks").forEach(n -> jsMarks.add(n.asText()));
                    assertEquals(marks, jsMarks, label + ": marked words of result " + (k + 1));
                    assertEquals(Jsoup.parse(html).text().strip(), Jsoup.parse(js.get("text").asText()).text().strip(),
                            label + ": snippet of result " + (k + 1));
                }
            }
        }
        // The list exercises what it claims to: every language, and queries that find something.
        long found = browser.stream().filter(b -> b.get("total").asInt() > 0).count();
        assertEquals(QUERIES.length - NOTHING_FOUND, found, "queries with results");
    }

    @Test
    void searchPageShowsResultsInChineseFrenchAndArabic() throws Exception {
        Path site = SampleSite.site();
        try (StaticFileServer server = new StaticFileServer(site)) {
            Document zh = page(server, "/zh/search/?q=%E6%95%B0%E6%8D%AE%E4%BF%9D%E6%8A%A4");
            List<Element> items = zh.select("#search-results li");
            assertFalse(items.isEmpty(), zh::html);
            assertEquals("AL-ALAC-ST-0118-01-00-EN", items.get(0).attr("data-id"));
            assertTrue(items.get(0).select("mark").size() > 0, "highlighted snippet");
            assertTrue(items.get(0).selectFirst("h3 a").attr("href").startsWith("../../zh/advice/"));
            assertTrue(zh.selectFirst("[data-search-nojs]").hasAttr("hidden"), "the no-JavaScript notice is hidden");

            Document fr = page(server, "/fr/search/?q=declarations");
            assertFalse(fr.select("#search-results li").isEmpty(), fr::html);
            assertEquals("fr", fr.select("#search-results li").get(0).attr("lang"));
            assertFalse(fr.select("#search-facets fieldset").isEmpty(), "facets are shown");

            Document ar = page(server, "/ar/search/?q=%D8%A7%D9%84%D9%85%D8%AC%D8%AA%D9%85%D8%B9");
            assertEquals("rtl", ar.selectFirst("html").attr("dir"));
            Element first = ar.selectFirst("#search-results li");
            assertEquals("rtl", first.attr("dir"));

            Document none = page(server, "/en/search/?q=zzqxv&lang=en");
            assertTrue(none.selectFirst("#search-status").text().contains("No results for zzqxv."), none::html);
            for (String lang : List.of("en", "fr")) {
                // Too common, said so: not "corrected" into another word, not widened to other languages.
                Document common = page(server, "/" + lang + "/search/?q=the");
                String status = common.selectFirst("#search-status").text();
                assertTrue(lang.equals("en") ? status.contains("Too common to search for: the.")
                        : !status.contains("th."), common::html);
                assertTrue(common.select("#search-results li").isEmpty(), common::html);
            }
            Document neutral = page(server, "/fr/search/?q=ICANN80&lang=all");
            assertEquals("fr", neutral.selectFirst("#search-results li").attr("lang"), "the page's language is preferred");
            Document filtered = page(server, "/en/search/?q=travel&year=1999");
            assertTrue(filtered.selectFirst("#search-status").text().contains("No results for travel with these filters;"),
                    filtered::html);
            Document typo = page(server, "/en/search/?q=transparancy");
            assertTrue(typo.selectFirst("#search-status").text().contains("Showing results for transparency."), typo::html);
            assertFalse(typo.select("#search-results li").isEmpty());
        }
    }

    /**
     * The static index's files are gzip-compressed under a {@code .bin} name, which hosts serve as they are; a host
     * that labels them {@code Content-Encoding: gzip} makes the browser decode them before the client sees them.
     * Either way the search page shows the same results with the same marked words.
     */
    @Test
    void resultsAreTheSameWhenTheHostLabelsTheFilesGzipEncoded() throws Exception {
        Path site = SampleSite.site();
        for (String path : List.of("/en/search/?q=transparency+travel", "/zh/search/?q=%E6%95%B0%E6%8D%AE%E4%BF%9D%E6%8A%A4",
                "/ru/search/?q=%22%D0%B7%D0%B0%D1%89%D0%B8%D1%82%D0%B5+%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D1%85%22")) {
            List<String> plain;
            List<String> labelled;
            try (StaticFileServer server = new StaticFileServer(site)) {
                plain = shown(page(server, path));
            }
            try (StaticFileServer server = new StaticFileServer(site, true)) {
                labelled = shown(page(server, path));
            }
            assertFalse(plain.isEmpty(), path);
            assertEquals(plain, labelled, path);
        }
    }

    /** Each result shown: id, link, and its snippet's marked words. */
    private static List<String> shown(Document page) {
        List<String> out = new ArrayList<>();
        for (Element li : page.select("#search-results li")) {
            out.add(li.attr("data-id") + " " + li.selectFirst("h3 a").attr("href") + " " + li.select("mark").eachText());
        }
        return out;
    }

    private static Document page(StaticFileServer server, String path) throws Exception {
        return Jsoup.parse(chromium.dumpDomHtml(server.url(path), Duration.ofSeconds(20)));
    }
}
