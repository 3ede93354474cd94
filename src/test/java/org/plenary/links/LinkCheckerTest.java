package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker on folders built by the tests. */
class LinkCheckerTest {
    @TempDir
    Path tmp;

    private static void write(Path root, String rel, String content) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static String page(String body) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>t</title></head><body>" + body + "</body></html>";
    }

    /** A synthetic site: n pages in sections, each linking home, to siblings with fragments, to assets. */
    private static Path synthetic(Path root, int n) throws IOException {
        write(root, "index.html", page("<a href='s0/p0/'>first</a>"));
        write(root, "assets/site.css", "body{background:url(../img/bg.png)} .x{background:url(../img/nope.png)}");
        write(root, "img/bg.png", "");
        for (int i = 0; i < n; i++) {
            String next = "../../s" + ((i + 1) % n / 50) + "/p" + ((i + 1) % n) + "/#h" + ((i + 1) % n);
            String broken = i % 97 == 0 ? "<a href='../p" + i + "/missing.html'>broken</a><a href='#nope" + i + "'>bad fragment</a>" : "";
            write(root, "s" + (i / 50) + "/p" + i + "/index.html", "<!doctype html><html lang=en><head><meta charset=utf-8><title>p"
                    + i + "</title><link rel=stylesheet href='/assets/site.css'></head><body><h1 id='h" + i + "'>p" + i + "</h1>"
                    + "<a href='/'>home</a> <a href='" + next + "'>next</a> <a href='#h" + i + "'>self</a>"
                    + "<img src='/img/bg.png' srcset='/img/bg.png 1x, /img/bg.png 2x' alt=''>" + broken + "</body></html>");
        }
        return root;
    }

    @Test
    void resultIsTheSameWhateverTheNumberOfThreadsAndSorted() throws IOException {
        Path site = synthetic(Files.createDirectories(tmp.resolve("site")), 400);
        LinkReport one = new LinkChecker(LinkCheckOptions.internal().withThreads(1)).check(site);
        LinkReport four = new LinkChecker(LinkCheckOptions.internal().withThreads(4)).check(site);
        assertEquals(one, four);
        assertEquals(LinkReportFormat.json(one), LinkReportFormat.json(four));
        assertEquals(401, one.pages());
        // 400 pages × (home, next, self, stylesheet, img src + 2 srcset) + index + 2 url() in the stylesheet.
        assertEquals(400 * 7 + 1 + 2, one.links() - 5 * 2, "links: " + one.links());
        List<BrokenLink> sorted = new ArrayList<>(one.broken());
        sorted.sort(BrokenLink.ORDER);
        assertEquals(sorted, one.broken());
        // 5 pages (i % 97 == 0) with 2 broken links each, plus one url() in the shared stylesheet, listed once.
        assertEquals(11, one.broken().size(), LinkReportFormat.text(one));
        assertEquals(1, one.broken().stream().filter(b -> b.page().equals("assets/site.css")).count());
    }

    @Test
    void aLinkBrokenTwiceOnAPageIsListedOnceButCountedTwice() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        write(site, "index.html", page("<a href='gone.html'>1</a><a href='gone.html'>2</a><img src='gone.html' alt=''>"));
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertEquals(List.of(new BrokenLink("index.html", "gone.html", "not found: gone.html")), r.broken());
        assertEquals(3, r.links());
    }

    @Test
    void rawUtf8AndPercentEncodedNamesFindTheSameFile() throws IOException {
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(StandardCharsets.UTF_8),
                "non-ASCII file names need a UTF-8 locale");
        Path site = Files.createDirectories(tmp.resolve("site"));
        write(site, "café.html", page("<h1 id='résumé'>x</h1>"));
        write(site, "日本/index.html", page(""));
        write(site, "index.html", page("<a href='café.html'>raw</a> <a href='caf%C3%A9.html'>encoded</a>"
                + " <a href='caf%C3%A9.html#r%C3%A9sum%C3%A9'>encoded fragment</a> <a href='café.html#résumé'>raw fragment</a>"
                + " <a href='%E6%97%A5%E6%9C%AC/'>encoded dir</a> <a href='日本/'>raw dir</a> <a href='cafe.html'>broken</a>"
                + " <a href='caf%C3%A9.html#resume'>broken fragment</a>"));
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertEquals(List.of("caf%C3%A9.html#resume", "cafe.html"), r.broken().stream().map(BrokenLink::href).toList(),
                LinkReportFormat.text(r));
    }

    @Test
    void pagesAreDecodedWithTheirDeclaredCharset() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.write(site.resolve("latin1.html"), ("<!doctype html><html><head><meta charset=\"iso-8859-1\"><title>t</title></head>"
                + "<body><h1 id=\"café\">x</h1></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        write(site, "index.html", page("<a href='latin1.html#caf%C3%A9'>x</a>"));
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertTrue(r.isClean(), LinkReportFormat.text(r));
    }

    @Test
    void onlyHtmlFilesArePagesAndAnEmptyFolderIsClean() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        LinkReport empty = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertEquals(new LinkReport(0, 0, List.of(), List.of(), 0), empty);
        write(site, "a.txt", "<a href='nothing'>not html</a>");
        write(site, "b.htm", page("<a href='a.txt'>ok</a>"));
        write(site, "c.XHTML", page("<a href='b.htm'>ok</a>"));
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertEquals(2, r.pages());
        assertEquals(2, r.links());
        assertTrue(r.isClean());
    }

    @Test
    void aMissingFolderIsAnErrorNotAnEmptyReport() throws IOException {
        LinkChecker checker = new LinkChecker(LinkCheckOptions.internal());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> checker.check(tmp.resolve("nope")));
        assertTrue(e.getMessage().startsWith("no such directory: "), e.getMessage());
        write(tmp, "file.html", page(""));
        e = assertThrows(IllegalArgumentException.class, () -> checker.check(tmp.resolve("file.html")));
        assertTrue(e.getMessage().startsWith("not a directory: "), e.getMessage());
    }

    @Test
    void oneCheckerServesConcurrentCallersWithoutMixingResults() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        synthetic(a, 60);
        write(b, "index.html", page("<a href='x.html'>x</a>"));
        LinkChecker checker = new LinkChecker(LinkCheckOptions.internal().withThreads(2));
        LinkReport soloA = checker.check(a);
        LinkReport soloB = checker.check(b);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                jobs.add(() -> checker.check(a).equals(soloA));
                jobs.add(() -> checker.check(b).equals(soloB));
            }
            for (Future<Boolean> f : callers.invokeAll(jobs)) assertTrue(f.get());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aBrokenBaseHrefIsReportedOnce() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        write(site, "index.html", "<html><head><base href='../../'></head><body><a href='index.html'>self</a></body></html>");
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertEquals(List.of(new BrokenLink("index.html", "../../", "<base href> goes above the site root")), r.broken());
    }

    @Test
    void cssImportsAreFollowedOnceEvenWhenCyclic() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        write(site, "a.css", "@import 'b.css'; x{background:url(gone-a.png)}");
        write(site, "b.css", "@import url(a.css); y{background:url(gone-b.png)}");
        write(site, "index.html", "<html><head><link rel='stylesheet alternate' href='a.css'><style>@import 'b.css';</style></head></html>");
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertEquals(List.of(new BrokenLink("a.css", "gone-a.png", "not found: gone-a.png"),
                new BrokenLink("b.css", "gone-b.png", "not found: gone-b.png")), r.broken());
    }

    @Test
    void withoutABaseUrlTheSitemapSuggestsOne() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        write(site, "en/index.html", page("<link rel=alternate hreflang=fr href='https://example.org/fr/'>"));
        write(site, "sitemap.xml", "<urlset><url><loc>https://example.org/en/</loc></url></urlset>");
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site);
        assertTrue(r.isClean());
        assertEquals(1, r.unchecked());
        assertEquals(List.of(new LinkNote("sitemap.xml", "", "its URLs are on https://example.org/; with that base URL"
                + " (--base-url https://example.org/) absolute links to it, hreflang alternates included, are checked"
                + " as internal links")), r.notes());
        LinkReport withBase = new LinkChecker(LinkCheckOptions.internal().withBaseUrl("https://example.org/")).check(site);
        assertEquals(List.of(new BrokenLink("en/index.html", "https://example.org/fr/", "not found: fr/")), withBase.broken());
        assertEquals(List.of(), withBase.notes());
    }
}
