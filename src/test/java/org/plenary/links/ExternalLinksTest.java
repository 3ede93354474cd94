package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * External links against a real HTTP server on 127.0.0.1 that gives every answer the checker must handle:
 * 200, 404, 405 and 501 on HEAD, 429 with Retry-After, 503 then 200, redirect chains and loops, a response too
 * slow for the timeout, HTML with and without the fragment's id. Waits are configured in milliseconds.
 */
class ExternalLinksTest {
    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    /** "METHOD /path" of every request, in arrival order. */
    private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, List<Long>> startNanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @TempDir
    Path tmp;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(serverThreads);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        requests.add(method + " " + path);
        startNanos.computeIfAbsent(path, p -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(System.nanoTime());
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        boolean head = method.equals("HEAD");
        try {
            if (path.equals("/ok") || path.startsWith("/ok/")) {
                reply(ex, 200, "text/plain", "fine");
            } else if (path.equals("/missing")) {
                reply(ex, 404, "text/plain", "not here");
            } else if (path.equals("/no-head")) {
                reply(ex, head ? 405 : 200, "text/plain", "GET only");
            } else if (path.equals("/head-501")) {
                reply(ex, head ? 501 : 200, "text/plain", "GET only");
            } else if (path.equals("/rate-limited")) {
                if (n == 1) ex.getResponseHeaders().add("Retry-After", "1");
                reply(ex, n == 1 ? 429 : 200, "text/plain", "slow down");
            } else if (path.equals("/flaky")) {
                reply(ex, n == 1 ? 503 : 200, "text/plain", "try again");
            } else if (path.equals("/down")) {
                reply(ex, 503, "text/plain", "down");
            } else if (path.equals("/r1")) {
                redirect(ex, 301, "/r2");
            } else if (path.equals("/r2")) {
                redirect(ex, 302, base + "/final");
            } else if (path.equals("/final")) {
                reply(ex, 200, "text/plain", "arrived");
            } else if (path.equals("/loop-a")) {
                redirect(ex, 302, "/loop-b");
            } else if (path.equals("/loop-b")) {
                redirect(ex, 302, "/loop-a");
            } else if (path.equals("/slow")) {
                Thread.sleep(5_000);
                reply(ex, 200, "text/plain", "too late");
            } else if (path.equals("/page.html")) {
                reply(ex, 200, "text/html; charset=utf-8", "<!doctype html><title>t</title><h1 id=\"present\">x</h1>"
                        + "<a name=\"named\"></a><p id=\"café\">c</p>");
            } else if (path.equals("/moved-page")) {
                redirect(ex, 308, "/page.html");
            } else if (path.equals("/plain")) {
                reply(ex, 200, "text/plain", "no ids in plain text");
            } else if (path.startsWith("/busy/")) {
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(60);
                } finally {
                    inFlight.decrementAndGet();
                }
                reply(ex, 200, "text/plain", "done");
            } else {
                reply(ex, 404, "text/plain", "unknown");
            }
        } catch (InterruptedException e) {
            ex.close();
        }
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    /** Fast settings: no cache, millisecond backoff, no spacing unless a test asks. */
    private static ExternalOptions fast() {
        return ExternalOptions.defaults().withoutCache()
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(40))
                .withPerHost(2, Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private Path site(String... hrefs) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><title>t</title></head><body>\n");
        for (String h : hrefs) html.append("<a href=\"").append(h).append("\">x</a>\n");
        Files.writeString(site.resolve("index.html"), html.append("</body></html>\n"));
        return site;
    }

    private LinkReport check(ExternalOptions external, String... hrefs) throws IOException {
        return new LinkChecker(LinkCheckOptions.internal().withExternal(external)).check(site(hrefs));
    }

    private static String reasonFor(LinkReport r, String href) {
        return r.broken().stream().filter(b -> b.href().equals(href)).map(BrokenLink::reason).findFirst().orElse(null);
    }

    private long count(String request) {
        return requests.stream().filter(request::equals).count();
    }

    @Test
    void okPassesAndNotFoundIsBroken() throws IOException {
        LinkReport r = check(fast(), base + "/ok", base + "/missing");
        assertEquals(2, r.links());
        assertEquals(1, r.broken().size(), LinkReportFormat.text(r));
        assertEquals("HTTP 404", reasonFor(r, base + "/missing"));
        assertEquals(1, count("HEAD /ok"), "a good HEAD needs no GET: " + requests);
        assertEquals(0, count("GET /ok"));
        assertEquals(1, count("GET /missing"), "a failed HEAD is confirmed with GET");
    }

    @Test
    void headRefusedWith405Or501FallsBackToGet() throws IOException {
        LinkReport r = check(fast(), base + "/no-head", base + "/head-501");
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        assertEquals(List.of("HEAD /no-head", "GET /no-head"),
                requests.stream().filter(s -> s.endsWith("/no-head")).toList());
        assertEquals(1, count("HEAD /head-501"), "501 is not retried");
        assertEquals(1, count("GET /head-501"));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheCappedRetryAfter() throws IOException {
        // Retry-After says 1 s; the cap (40 ms) must win, and the wait must be the cap, not the 5 ms backoff.
        LinkReport r = check(fast(), base + "/rate-limited");
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        List<Long> starts = startNanos.get("/rate-limited");
        assertEquals(2, starts.size());
        long waitedMs = (starts.get(1) - starts.get(0)) / 1_000_000;
        assertTrue(waitedMs >= 35 && waitedMs < 900, "waited " + waitedMs + " ms");
    }

    @Test
    void serviceUnavailableThenOkIsRetriedWithBackoff() throws IOException {
        LinkReport r = check(fast(), base + "/flaky");
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        assertEquals(2, count("HEAD /flaky"));
        assertEquals(0, count("GET /flaky"));
    }

    @Test
    void persistentServerErrorIsBrokenAfterRetries() throws IOException {
        LinkReport r = check(fast(), base + "/down");
        assertEquals("HTTP 503", reasonFor(r, base + "/down"));
        assertEquals(3, count("HEAD /down"), "1 try + 2 retries: " + requests);
        assertEquals(3, count("GET /down"), "then GET, with its own retries");
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlReported() throws IOException {
        LinkReport r = check(fast(), base + "/r1");
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        assertEquals(1, r.notes().size());
        LinkNote note = r.notes().get(0);
        assertEquals(base + "/r1", note.href());
        assertEquals("redirects to " + base + "/final (301, 302)", note.message());
        assertTrue(LinkReportFormat.text(r).contains("redirects to " + base + "/final"));
    }

    @Test
    void redirectLoopsAndOverlongChainsAreBroken() throws IOException {
        LinkReport r = check(fast().withMaxRedirects(1), base + "/loop-a", base + "/r1");
        assertTrue(reasonFor(r, base + "/loop-a").startsWith("redirect loop at " + base + "/loop-a"),
                reasonFor(r, base + "/loop-a"));
        assertTrue(reasonFor(r, base + "/r1").startsWith("too many redirects (more than 1)"), reasonFor(r, base + "/r1"));
    }

    @Test
    void slowResponseTimesOut() throws IOException {
        long start = System.nanoTime();
        LinkReport r = check(fast().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)), base + "/slow");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("timed out after 300ms", reasonFor(r, base + "/slow"));
        assertTrue(tookMs < 3_000, "took " + tookMs + " ms");
        assertEquals(1, count("HEAD /slow"), "a timeout is neither retried nor repeated with GET");
    }

    @Test
    void fragmentsAreCheckedInFetchedHtml() throws IOException {
        LinkReport r = check(fast(), base + "/page.html#present", base + "/page.html#absent",
                base + "/page.html#named", base + "/page.html#caf%C3%A9", base + "/page.html#top",
                base + "/moved-page#absent", base + "/plain#anything");
        assertEquals(List.of(base + "/moved-page#absent", base + "/page.html#absent"),
                r.broken().stream().map(BrokenLink::href).toList(), LinkReportFormat.text(r));
        assertEquals("no element with id or name \"absent\" at " + base + "/page.html", reasonFor(r, base + "/page.html#absent"));
        // /page.html is fetched once for its four fragments, and once more at the end of /moved-page's redirect.
        assertEquals(2, count("GET /page.html"), "each URL is fetched once: " + requests);
        assertEquals(0, count("HEAD /page.html"), "fragments need the body: straight to GET");
        assertEquals(1, count("GET /plain"));
    }

    @Test
    void perHostConcurrencyIsLimited() throws IOException {
        String[] hrefs = new String[10];
        for (int i = 0; i < hrefs.length; i++) hrefs[i] = base + "/busy/" + i;
        LinkReport r = check(fast().withThreads(8), hrefs);
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        assertTrue(maxInFlight.get() <= 2, "max in flight " + maxInFlight.get());
        assertEquals(2, maxInFlight.get(), "two slots should both be used");

        maxInFlight.set(0);
        check(fast().withThreads(8).withPerHost(1, Duration.ZERO), hrefs);
        assertEquals(1, maxInFlight.get());
    }

    @Test
    void requestsToOneHostAreSpacedByTheMinimumInterval() throws IOException {
        String[] hrefs = new String[5];
        for (int i = 0; i < hrefs.length; i++) hrefs[i] = base + "/ok/" + i;
        long t0 = System.nanoTime();
        check(fast().withPerHost(2, Duration.ofMillis(40)), hrefs);
        List<Long> starts = new ArrayList<>();
        startNanos.values().forEach(starts::addAll);
        starts.sort(null);
        assertEquals(5, starts.size());
        // Requests may arrive late (connection set-up, a loaded machine), never early: the k-th cannot arrive
        // before k intervals. Without spacing, all five (two slots) would arrive within a few milliseconds.
        for (int k = 0; k < starts.size(); k++) {
            long after = (starts.get(k) - t0) / 1_000_000;
            assertTrue(after >= 40L * k, "request " + k + " arrived " + after + " ms after the start");
        }
    }

    @Test
    void resultsAreCachedOutsideTheSiteAndExpire() throws IOException {
        Path cache = tmp.resolve("cache/links.json");
        ExternalOptions withCache = fast().withCacheFile(cache).withCacheTtl(Duration.ofHours(24));
        LinkReport first = check(withCache, base + "/ok", base + "/missing", base + "/page.html#present");
        assertEquals(1, first.broken().size());
        int afterFirst = requests.size();
        assertTrue(Files.isRegularFile(cache));

        LinkReport second = check(withCache, base + "/ok", base + "/missing", base + "/page.html#present");
        assertEquals(first, second, "same verdict from the cache");
        List<String> secondRun = requests.stream().skip(afterFirst).toList();
        assertEquals(List.of("HEAD /missing", "GET /missing"), secondRun, "only the failure is fetched again");

        // Age every entry by two days: all are fetched again.
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(cache.toFile());
        assertEquals(2, root.get("entries").size(), root.toString());
        JsonNode page = root.get("entries").get(base + "/page.html");
        assertNotNull(page.get("anchors"), "fetched HTML keeps its ids for later fragment checks");
        root.get("entries").forEach(e -> ((ObjectNode) e).put("checked", Instant.now().minus(Duration.ofDays(2)).toString()));
        json.writeValue(cache.toFile(), root);
        int beforeThird = requests.size();
        check(withCache, base + "/ok", base + "/missing", base + "/page.html#present");
        List<String> thirdRun = requests.stream().skip(beforeThird).sorted().toList();
        assertEquals(List.of("GET /missing", "GET /page.html", "HEAD /missing", "HEAD /ok"), thirdRun);
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Path cache = tmp.resolve("links.json");
        Files.writeString(cache, "{ this is not json");
        LinkReport r = check(fast().withCacheFile(cache), base + "/ok");
        assertTrue(r.isClean());
        assertTrue(new ObjectMapper().readTree(cache.toFile()).get("entries").has(base + "/ok"));
    }

    @Test
    void aCacheInsideTheSiteIsRefused() throws IOException {
        Path site = site(base + "/ok");
        ExternalOptions inside = fast().withCacheFile(site.resolve(".plenary-cache/links.json"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new LinkChecker(LinkCheckOptions.internal().withExternal(inside)).check(site));
        assertTrue(e.getMessage().contains("inside the checked folder"), e.getMessage());
        assertTrue(requests.isEmpty());
    }

    @Test
    void nothingExternalIsContactedByDefault() throws IOException {
        LinkReport r = new LinkChecker(LinkCheckOptions.internal()).check(site(base + "/missing", base + "/ok", "#"));
        assertTrue(r.isClean());
        assertEquals(1, r.links());
        assertEquals(2, r.unchecked());
        assertTrue(requests.isEmpty(), "offline by default, but got " + requests);
    }

    @Test
    void excludedUrlsAreNotRequested() throws IOException {
        LinkReport r = check(fast().withExcludes(List.of("/miss", "^https://never\\.example/")), base + "/missing",
                base + "/ok", "https://never.example/x");
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        assertEquals(2, r.unchecked());
        assertEquals(List.of("HEAD /ok"), List.copyOf(requests));
    }

    @Test
    void aUrlTheHttpClientRejectsIsOneBrokenLinkNotACrash() throws IOException {
        LinkReport r = check(fast(), "http://under_score.example/", base + "/ok");
        assertTrue(reasonFor(r, "http://under_score.example/").startsWith("cannot request this URL"), LinkReportFormat.text(r));
        assertEquals(1, r.broken().size());
    }

    @Test
    void topAndEmptyFragmentsNeedNoDownload() throws IOException {
        LinkReport r = check(fast(), base + "/page.html#top", base + "/page.html#");
        assertTrue(r.isClean(), LinkReportFormat.text(r));
        assertEquals(List.of("HEAD /page.html"), List.copyOf(requests));
    }

    @Test
    void connectionRefusedIsBrokenWithAPlainReason() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";
        String[] urls = new String[6];
        for (int i = 0; i < urls.length; i++) urls[i] = url + i;
        long start = System.nanoTime();
        // A 1 s interval would make six URLs take 5 s; a refusing host fails the rest of its URLs at once.
        LinkReport r = check(fast().withPerHost(1, Duration.ofSeconds(1)), urls);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        for (String u : urls) assertEquals("connection refused", reasonFor(r, u));
        assertTrue(tookMs < 4_000, "took " + tookMs + " ms");
    }

    @Test
    void eachPageUsingABrokenUrlIsListedButTheUrlIsFetchedOnce() throws IOException {
        Path site = site(base + "/missing");
        Files.writeString(site.resolve("other.html"), "<a href='" + base + "/missing'>x</a><a href='" + base + "/missing'>again</a>");
        LinkReport r = new LinkChecker(LinkCheckOptions.internal().withExternal(fast())).check(site);
        assertEquals(List.of("index.html", "other.html"), r.broken().stream().map(BrokenLink::page).toList(),
                LinkReportFormat.text(r) + requests);
        assertEquals(3, r.links());
        assertEquals(1, count("HEAD /missing"), LinkReportFormat.text(r) + requests);
        assertFalse(r.isClean());
    }
}
