package org.plenary.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plenary.build.Loaded;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;
import org.plenary.output.Output;
import org.plenary.render.SiteRenderer;
import org.plenary.schema.JsonSchemas;

/** {@code /data/index.html}: what it lists, that its links resolve, and its schema.org description. */
class DataPageTest {
    private final Sites.Written site = Sites.written(Sites.MINI);

    static JsonNode jsonLd(String html) {
        Element script = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");
        try {
            return Sites.JSON.readTree(script.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listsEveryDatasetWithFormatsRowsAndLicence() {
        Document doc = Jsoup.parse(site.read("index.html"));
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("../assets/css/site.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(1, doc.select("h1").size());
        assertTrue(doc.selectFirst("main#main") != null);
        for (Dataset d : site.datasets()) {
            Element section = doc.getElementById("dataset-" + d.id()).parent();
            assertTrue(section.text().contains(d.description()), d.id());
            assertTrue(section.text().contains(d.rows() + (d.rows() == 1 ? " row." : " rows.")), d.id() + ": " + section.text());
            for (String f : List.of(d.table().csvFile(), d.table().metadataFile(), d.table().jsonFile())) {
                assertTrue(section.selectFirst("a[href=" + f + "]") != null, d.id() + " links " + f);
            }
        }
        assertTrue(doc.selectFirst("a[href=draws/rapporteurs-2019.json]") != null);
        assertTrue(doc.selectFirst("a[rel=license][href=https://creativecommons.org/licenses/by/4.0/]") != null);
        assertTrue(doc.selectFirst("a[href=../en/]") != null);
        for (String schema : JsonSchemas.files().keySet()) {
            assertTrue(doc.selectFirst("#registry-formats + p + ul a[href=../schema/" + schema + "]") != null, schema);
        }
    }

    @Test
    void everyRelativeLinkIsAFileOfThisPackageOrTheSiteHome() {
        Document doc = Jsoup.parse(site.read("index.html"));
        Set<String> outside = Set.of("../assets/css/site.css", "../favicon.ico", "../assets/favicon.svg", "../en/");
        List<String> files = site.files();
        List<String> hrefs = new ArrayList<>();
        doc.select("[href]").forEach(e -> hrefs.add(e.attr("href")));
        assertTrue(hrefs.size() > 20);
        for (String href : hrefs) {
            if (href.startsWith("https://creativecommons.org/")) continue;
            assertTrue(!href.contains("://") && !href.startsWith("/"), "relative only: " + href);
            if (href.startsWith("#")) {
                assertTrue(doc.getElementById(href.substring(1)) != null, href);
            } else if (href.startsWith("../schema/")) {
                assertTrue(JsonSchemas.files().containsKey(href.substring("../schema/".length())), href + " is not a schema");
            } else if (!outside.contains(href)) {
                assertTrue(files.contains(href), href + " is not a written file");
            }
        }
    }

    @Test
    void describesItselfAsADataCatalog() {
        JsonNode ld = jsonLd(site.read("index.html"));
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("DataCatalog", ld.get("@type").asText());
        assertEquals("https://mini.example.org/data/", ld.get("url").asText());
        assertEquals(site.datasets().size(), ld.get("dataset").size());
        for (JsonNode ds : ld.get("dataset")) {
            assertEquals("Dataset", ds.get("@type").asText());
            assertEquals(DataContext.LICENSE, ds.get("license").asText());
            assertEquals(4, ds.get("distribution").size());
            for (JsonNode dl : ds.get("distribution")) {
                assertEquals("DataDownload", dl.get("@type").asText());
                String url = dl.get("contentUrl").asText();
                assertTrue(url.startsWith("https://mini.example.org/data/"), url);
                assertTrue(site.files().contains(url.substring("https://mini.example.org/data/".length())), url);
                assertTrue(Set.of("text/csv", "application/json", "application/csvm+json").contains(dl.get("encodingFormat").asText()));
            }
        }
    }

    @Test
    void theWholeSiteWithOpenDataHasNoBrokenLinks(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Loaded l = Sites.load(Sites.MINI);
        Output out = new Output(dir);
        new SiteRenderer().render(l.view(), l.content(), out);
        OpenDataWriter data = new OpenDataWriter(l.view(), l.content());
        data.write(out);
        new SiteRenderer().writeDataPage(data.catalog(), out);
        JsonSchemas.publish(out);
        assertTrue(Files.exists(dir.resolve("assets/css/site.css")));
        LinkReport report = new LinkChecker(LinkCheckOptions.internal().withThreads(2)).check(dir);
        assertTrue(report.isClean(), () -> "broken: " + report.broken());
        assertTrue(report.pages() > 10);
    }
}
