package org.plenary.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite.Run;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;

/**
 * A site served below a path ({@code base_url: https://example.org/community/}, as on GitHub Pages project sites):
 * every absolute URL the build writes — sitemap, robots.txt, feeds, JSON-LD, canonical and hreflang links, CSVW
 * metadata — starts with the base URL, path included; the 404 page's root-relative links carry the path; every other
 * page links relatively, so the folder also works from disk.
 */
class SubPathDeployTest {
    private static final String BASE = "https://example.org/community";
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"'<>]+");

    @TempDir
    static Path tmp;
    static TestSite site;
    static Path out;

    @BeforeAll
    static void build() {
        site = TestSite.mini(tmp).replace("data/site.yaml", "base_url: https://mini.example.org", "base_url: " + BASE + "/");
        out = site.beside("out");
        Run r = site.build(out); // the build's own link check runs with the base URL
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static String read(String rel) throws IOException {
        return Files.readString(out.resolve(rel), StandardCharsets.UTF_8);
    }

    /** Every absolute URL of our own site in a file: it must be under the base URL, path included. */
    private static void ownUrlsUnderBase(String rel) throws IOException {
        Matcher m = ABSOLUTE.matcher(read(rel));
        int own = 0;
        while (m.find()) {
            String url = m.group();
            if (!url.contains("example.org")) continue; // schema.org, w3.org, the records' own links
            own++;
            assertTrue(url.startsWith(BASE + "/"), () -> rel + ": " + url + " is not under " + BASE + "/");
        }
        assertTrue(own > 0, rel + " has no absolute URL of the site");
    }

    @Test
    void sitemapRobotsAndFeedsUseTheBaseUrlWithItsPath() throws IOException {
        ownUrlsUnderBase("sitemap.xml");
        assertTrue(read("sitemap.xml").contains("<loc>" + BASE + "/fr/members/amina-diallo/</loc>"));
        assertTrue(read("sitemap.xml").contains("hreflang=\"x-default\" href=\"" + BASE + "/en/members/amina-diallo/\""));
        assertTrue(read("robots.txt").contains("Sitemap: " + BASE + "/sitemap.xml\n"), read("robots.txt"));
        for (String lang : List.of("en", "fr", "ar")) ownUrlsUnderBase(lang + "/advice/feed.xml");
        assertTrue(read("fr/advice/feed.xml").contains("<link rel=\"self\" href=\"" + BASE + "/fr/advice/feed.xml\"/>"));
    }

    @Test
    void headLinksAndJsonLdUseTheBaseUrlWithItsPath() throws IOException {
        Document d = Jsoup.parse(read("fr/members/amina-diallo/index.html"));
        assertEquals(BASE + "/fr/members/amina-diallo/", d.selectFirst("link[rel=canonical]").attr("href"));
        for (Element alt : d.select("link[rel=alternate][hreflang]")) {
            assertTrue(alt.attr("href").startsWith(BASE + "/"), alt::outerHtml);
        }
        JsonNode ld = new ObjectMapper().readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals(BASE + "/fr/members/amina-diallo/", ld.get("url").asText());
        ownUrlsUnderBase("en/advice/al-alac-st-0117-01-00-en/index.html");
        ownUrlsUnderBase("en/travel/icann58/index.html");
    }

    @Test
    void openDataMetadataUsesTheBaseUrlWithItsPath() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-metadata.json")).toList()) {
                ownUrlsUnderBase("data/" + f.getFileName());
            }
        }
    }

    @Test
    void notFoundPageLinksCarryTheBasePath() throws IOException {
        Document d = Jsoup.parse(read("404.html"));
        List<String> refs = new ArrayList<>();
        d.select("[href], [src]").forEach(e -> refs.add(e.hasAttr("href") ? e.attr("href") : e.attr("src")));
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("/community/") || ref.startsWith(BASE + "/") || ref.startsWith("#"),
                    () -> "404.html is served at any URL under /community/, so '" + ref + "' must start with /community/");
        }
    }

    @Test
    void everyOtherPageWorksFromDisk() throws IOException {
        // Without a base URL the checker sees the folder as a site opened from disk: relative links only.
        LinkReport fromDisk = new LinkChecker(LinkCheckOptions.internal()).check(out);
        List<String> outside404 = fromDisk.broken().stream()
                .filter(b -> b.page().endsWith(".html") && !b.page().equals("404.html")) // the sitemap lists URLs, not files
                .map(Object::toString).toList();
        assertEquals(List.of(), outside404);
    }

    @Test
    void aTrailingSlashOrNotGivesTheSameSite() {
        TestSite other = TestSite.copyOf(site.root(), tmp.resolve("no-slash"))
                .replace("data/site.yaml", "base_url: " + BASE + "/", "base_url: " + BASE);
        Path out2 = tmp.resolve("no-slash-out");
        assertEquals(0, other.build(out2).exitCode());
        Map<String, byte[]> a = TestSite.snapshot(out);
        TestSite.assertSameTree(a, out2);
    }

    @Test
    void aBaseUrlThatCannotPrefixPathsIsRejected() {
        for (String bad : List.of("https://example.org/community?lang=en", "https://example.org/#top", "example.org/community",
                "https://example.org/a|b")) {
            TestSite s = TestSite.copyOf(site.root(), tmp.resolve("bad-" + Math.abs(bad.hashCode())))
                    .replace("data/site.yaml", "base_url: " + BASE + "/", "base_url: \"" + bad + "\"");
            s.rejects().count(1).error("bad-url", "data/site.yaml", 2, 11, "base_url");
        }
    }
}
