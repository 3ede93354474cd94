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
import org.junit.jupiter.api.Test;

/** Whenever the sitemap scanner answers, it lists what jsoup's XML parse lists; it answers for plain sitemaps. */
class SitemapScannerTest {

    private static List<SitemapUrls.Entry> check(String xml) throws IOException {
        return check(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SitemapUrls.Entry> check(byte[] bytes) throws IOException {
        String xml = new String(bytes, StandardCharsets.UTF_8);
        List<SitemapUrls.Entry> fast = SitemapScanner.scan(bytes);
        if (fast != null) assertEquals(SitemapUrls.parsedEntries(bytes), fast, xml);
        return fast;
    }

    @Test
    void plainSitemapsAndIndexesAreScanned() throws IOException {
        List<SitemapUrls.Entry> urls = check("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url>
                    <loc>https://example.org/en/?a=1&amp;b=&#50;</loc>
                    <xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/"/>
                    <xhtml:link rel='alternate' hreflang='x-default' HREF='https://example.org/en/' />
                  </url>
                </urlset>
                """);
        assertNotNull(urls);
        assertEquals(3, urls.size());
        assertEquals("https://example.org/en/?a=1&b=2", urls.get(0).url());
        List<SitemapUrls.Entry> index = check("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://example.org/sitemap-2.xml</loc><lastmod>2025-06-30</lastmod></sitemap>
                </sitemapindex>
                """);
        assertNotNull(index);
        assertTrue(index.stream().allMatch(SitemapUrls.Entry::childSitemap));
    }

    @Test
    void whatItDoesNotReadIsLeftToJsoup() throws IOException {
        for (String xml : List.of(
                "<urlset><!-- c --><url><loc>https://e.org/</loc></url></urlset>",
                "<urlset><url><loc><![CDATA[https://e.org/]]></loc></url></urlset>",
                "<urlset><url><loc> https://e.org/ </loc></url></urlset>",
                "<urlset><url><loc>https://e.org/&nbsp;</loc></url></urlset>",
                "<urlset><url><loc>https://e.org/<b>x</b></loc></url></urlset>",
                "<urlset><url><loc>https://e.org/</LOC></url></urlset>",
                "\uFEFF<urlset><url><loc>https://e.org/</loc></url></urlset>")) {
            assertNull(check(xml), xml);
        }
    }

    @Test
    void urlsOutsideAsciiAreReadAsJsoupReadsThem() throws IOException {
        List<SitemapUrls.Entry> urls = check("<urlset><url><loc>https://e.org/caf\u00e9/\u4e2d/</loc>"
                + "<x:link href=\"https://e.org/\u00e9t\u00e9&amp;/\"/></url></urlset>");
        assertNotNull(urls);
        assertEquals(List.of(new SitemapUrls.Entry("https://e.org/caf\u00e9/\u4e2d/", false),
                new SitemapUrls.Entry("https://e.org/\u00e9t\u00e9&/", false)), urls);
        // An ideographic space is white space to jsoup's text(), as an ASCII one is.
        assertNull(check("<urlset><url><loc>https://e.org/a\u3000b/</loc></url></urlset>"));
    }

    @Test
    void bytesItDoesNotReadAreLeftToJsoup() throws IOException {
        for (String xml : List.of("<urlset><url><loc>https://e.org/</loc></url></urlset>\r\n",
                "<urlset>\0<url><loc>https://e.org/</loc></url></urlset>",
                "<urlset><url><loc>https://e.org/\uFFFD/</loc></url></urlset>",
                "<urlset><url><loc>https://e.org/</loc></url></urlset><!-- \uFFFD -->")) {
            assertNull(check(xml), xml);
        }
        // A byte that is not UTF-8, even outside any URL: jsoup decodes it as a replacement character.
        byte[] bad = "<urlset><url><loc>https://e.org/</loc><lastmod>x\u00ff</lastmod></url></urlset>".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(check(bad));
    }

    @Test
    void repeatedUrlsAreKeptOnceAndCounted() throws IOException {
        byte[] xml = ("<sitemapindex><sitemap><loc>https://e.org/s1.xml</loc></sitemap><sitemap><loc>https://e.org/s2.xml</loc>"
                + "</sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8);
        SitemapUrls index = SitemapUrls.read(xml, new SharedStrings(16));
        assertEquals(List.of("https://e.org/s1.xml", "https://e.org/s2.xml"), index.urls());
        assertEquals(2, index.children().cardinality());
        SitemapUrls urls = SitemapUrls.read(("<urlset><url><loc>https://e.org/a/</loc><x:link href='https://e.org/b/'/>"
                + "<x:link href='https://e.org/a/'/></url><url><loc>https://e.org/b/</loc><x:link href='https://e.org/a/'/>"
                + "</url></urlset>").getBytes(StandardCharsets.UTF_8), new SharedStrings(16));
        assertEquals(List.of("https://e.org/a/", "https://e.org/b/"), urls.urls());
        assertEquals(5, urls.entries());
        assertTrue(urls.children().isEmpty());
    }

    @Test
    void everyLinkCaseSitemapGivesJsoupsList() throws IOException, URISyntaxException {
        Path root = Path.of(SitemapScannerTest.class.getResource("/links/cases").toURI());
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".xml")).toList()) check(Files.readString(f));
        }
    }

    private static final String[] PARTS = {"<url>", "</url>", "<loc>", "</loc>", "https://e.org/a/", "https://e.org/b?x=1&amp;y=2",
            "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://e.org/fr/\"/>", "<xhtml:link href='x'>", "</xhtml:link>",
            "<sitemap>", "</sitemap>", "<URL>", "</URL>", "<Loc>", "</Loc>", " ", "\n", "<!-- c -->", "&lt;", "<a:loc>", "</a:loc>",
            "<link href=\"h\"/>", "<x:LINK HREF=\"H\"/>", "<lastmod>2025</lastmod>", "<loc/>", "&#x41;", "&#0;", "text",
            "caf\u00e9", "&#x3000;", "\u00a0", "\t", "<x:link href=\"&#x20;a \"/>"};

    @Test
    void generatedSitemapsNeverGetADifferentList() throws IOException {
        Random rnd = new Random(7);
        int scanned = 0;
        for (int d = 0; d < 4000; d++) {
            StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "<?xml version=\"1.0\"?>\n" : "").append("<urlset>");
            for (int k = rnd.nextInt(12); k > 0; k--) b.append(PARTS[rnd.nextInt(PARTS.length)]);
            b.append("</urlset>");
            if (check(b.toString()) != null) scanned++;
        }
        assertTrue(scanned > 400, "scanned " + scanned);
    }
}
