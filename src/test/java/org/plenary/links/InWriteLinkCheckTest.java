package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check of what was learnt while a site was written ({@link WrittenSite}) finds exactly what a check of the written
 * folder finds: same pages, same link count, same broken links and reasons, same notes.
 */
class InWriteLinkCheckTest {
    @TempDir
    Path tmp;

    /** Hands every file of {@code dir} to a {@link WrittenSite} as a writer would. */
    static WrittenSite learn(Path dir) throws IOException {
        WrittenSite site = new WrittenSite(dir);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            site.written(rel, Files.readAllBytes(f));
        }
        return site;
    }

    static void assertSameReport(LinkReport fromFolder, LinkReport fromWriting) {
        assertEquals(LinkReportFormat.text(fromFolder), LinkReportFormat.text(fromWriting));
        assertEquals(fromFolder, fromWriting);
    }

    @TestFactory
    Stream<DynamicTest> everyLinkCaseGivesTheSameReport() throws IOException, URISyntaxException {
        Path root = Path.of(InWriteLinkCheckTest.class.getResource("/links/cases").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(root)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            LinkCheckOptions options = LinkCheckOptions.internal();
            for (String line : Files.readAllLines(dir.resolve("expect.txt"))) {
                if (line.startsWith("base-url:")) options = options.withBaseUrl(line.substring(9).strip());
            }
            LinkChecker checker = new LinkChecker(options);
            assertSameReport(checker.check(dir), checker.check(learn(dir)));
        }));
    }

    private static void write(Path root, String rel, byte[] content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    private static void write(Path root, String rel, String content) throws IOException {
        write(root, rel, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithInvalidUtf8IsCheckedAsTheFileReadsBack() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("invalid"));
        // The scanner gives up on bytes that are not UTF-8; the page is decoded as the folder's check reads it, each
        // bad byte a replacement character: the id is "a\uFFFDb", which the percent-encoded link finds.
        byte[] bytes = "<!DOCTYPE html><h1 id=\"a\u00FFb\">x</h1><a href=\"#a%EF%BF%BDb\">ok</a><a href=\"#gone\">broken</a>"
                .getBytes(StandardCharsets.ISO_8859_1);
        write(site, "index.html", bytes);
        WrittenSite learnt = new WrittenSite(site);
        learnt.written("index.html", bytes);
        LinkChecker checker = new LinkChecker(LinkCheckOptions.internal());
        LinkReport fromWriting = checker.check(learnt);
        assertSameReport(checker.check(site), fromWriting);
        assertEquals(1, fromWriting.broken().size(), LinkReportFormat.text(fromWriting));
        assertEquals("#gone", fromWriting.broken().get(0).href(), LinkReportFormat.text(fromWriting));
    }

    @Test
    void plantedFaultsAreFoundTheSameWay() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        String head = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title>"
                + "<link rel=alternate hreflang=en href=/en/><link rel=alternate hreflang=fr href=/fr/>"
                + "<link rel=stylesheet href=/assets/site.css></head><body>";
        write(site, "en/index.html", head + "<main id=main><a href='#main'>ok</a><a href='#nope'>missing id</a>"
                + "<a href='../fr/#intro'>ok</a><a href='../fr/#Intro'>wrong case</a><a href='gone/'>gone</a>"
                + "<a href='../../up.html'>above the root</a><img src='/img/x.png' srcset='/img/x.png 1x, /img/y.png 2x' alt=''>"
                + "<svg><use href='/img/icons.svg#home'/><use href='/img/icons.svg#none'/></svg></main></body></html>");
        // No alternate back to /en/: not reciprocal.
        write(site, "fr/index.html", "<!DOCTYPE html><html lang=fr><head><title>t</title>"
                + "<link rel=alternate hreflang=fr href=/fr/></head><body><h1 id=intro>Intro</h1>"
                + "<a href=/en/>en</a><a href=/en>directory without slash</a></body></html>");
        // Markup only the full parser reads right: a misnested <b> (cloned), a row outside any table (dropped).
        write(site, "en/odd.html", "<b><p id=kept>x</b><a href='/en/#main'>ok</a></p><tr id=dropped><td>"
                + "<a href='odd.html#dropped'>the row is dropped, so is its id</a><a href='odd.html#kept'>ok</a>");
        // A Latin-1 page: its id is café once decoded as the page says; the file's bytes are not UTF-8.
        write(site, "en/latin.html", "<meta charset=iso-8859-1><h1 id=caf\u00e9>x</h1><a href='#caf%C3%A9'>ok</a>"
                .getBytes(Charset.forName("ISO-8859-1")));
        // A page with a byte order mark.
        write(site, "en/bom.html", ("\uFEFF<a href='index.html#main'>ok</a><a href='index.html#gone'>missing</a>")
                .getBytes(StandardCharsets.UTF_8));
        write(site, "assets/site.css", "body{background:url(../img/x.png)} .y{background:url(../img/missing.png)}");
        write(site, "img/x.png", "png");
        write(site, "img/icons.svg", "<svg xmlns='http://www.w3.org/2000/svg'><symbol id='home'/></svg>");
        write(site, "sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                + "<url><loc>https://example.org/en/</loc></url><url><loc>https://example.org/de/</loc></url></urlset>\n");
        LinkChecker checker = new LinkChecker(LinkCheckOptions.internal().withBaseUrl("https://example.org/"));
        LinkReport fromFolder = checker.check(site);
        LinkReport fromWriting = checker.check(learn(site));
        assertSameReport(fromFolder, fromWriting);
        String text = LinkReportFormat.text(fromWriting);
        for (String planted : List.of("#nope", "#Intro", "gone/", "../../up.html", "/img/y.png", "#none", "/en", "odd.html#dropped",
                "index.html#gone", "../img/missing.png", "https://example.org/de/", "does not link back")) {
            assertTrue(text.contains(planted), () -> planted + " not reported:\n" + text);
        }
        assertFalse(text.contains("#kept") || text.contains("caf"), text);
    }

    @Test
    void aSitemapIndexIsCheckedAlikeAndEveryEntryCounts() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("sitemaps"));
        String page = "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>x</p></body></html>";
        write(site, "en/index.html", page);
        write(site, "fr/index.html", page);
        write(site, "sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>"
                + "<sitemap><loc>https://example.org/sitemap-2.xml</loc></sitemap>"
                + "<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap></sitemapindex>\n");
        // Plain: scanned. A broken URL listed three times is one finding and three links.
        write(site, "sitemap-1.xml", "<urlset xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
                + "<url><loc>https://example.org/en/</loc><xhtml:link href=\"https://example.org/fr/\"/>"
                + "<xhtml:link href=\"https://example.org/de/\"/></url>"
                + "<url><loc>https://example.org/fr/</loc><xhtml:link href=\"https://example.org/de/\"/></url>"
                + "<url><loc>https://example.org/de/</loc></url></urlset>");
        // A comment: read by jsoup.
        write(site, "sitemap-2.xml", "<!-- pages --><urlset><url><loc>https://example.org/en/gone.html</loc></url></urlset>");
        LinkChecker checker = new LinkChecker(LinkCheckOptions.internal().withBaseUrl("https://example.org/"));
        LinkReport fromFolder = checker.check(site);
        assertEquals(3 + 6 + 1, fromFolder.links(), LinkReportFormat.text(fromFolder));
        assertEquals(List.of(new BrokenLink("sitemap-1.xml", "https://example.org/de/", "sitemap lists a page that does not exist: not found: de/"),
                new BrokenLink("sitemap-2.xml", "https://example.org/en/gone.html", "sitemap lists a page that does not exist: not found: en/gone.html")),
                fromFolder.broken());
        assertSameReport(fromFolder, checker.check(learn(site)));
    }
}
