package org.plenary.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.cli.Main;
import org.plenary.output.ContentSecurityPolicy;

/** {@code plenary serve} over real HTTP on 127.0.0.1: serving, path safety, live reload, errors, stopping. */
class DevServerTest {
    private static final String MEMBERS = "data/members/people.yaml";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static DevServer start(TestSite site, boolean watch) throws IOException {
        return DevServer.start(new DevServer.Options(site.root(), 0, watch), new PrintWriter(new StringWriter()));
    }

    private static HttpResponse<String> get(DevServer s, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(s.url().resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheSiteWithItsTypesAndPolicy(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        try (DevServer s = start(site, false)) {
            HttpResponse<String> home = get(s, "/en/");
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
            assertEquals(ContentSecurityPolicy.HEADER, home.headers().firstValue("Content-Security-Policy").orElse(""),
                    "the pages' own policy, as a header");
            assertTrue(home.body().contains("<script src=\"/__plenary/live.js?build=1\" defer></script></head>"), "live reload");
            assertFalse(Files.readString(s.site().out().resolve("en/index.html")).contains("__plenary"),
                    "the script is added when serving, never written to the site");

            assertType(s, "/data/members.csv", "text/csv; charset=utf-8");
            assertType(s, "/data/members.json", "application/json; charset=utf-8");
            assertType(s, "/sitemap.xml", "application/xml; charset=utf-8");
            assertType(s, "/en/advice/feed.xml", "application/xml; charset=utf-8");
            assertType(s, "/assets/css/site.css", "text/css; charset=utf-8");
            assertType(s, "/__plenary/live.js", "text/javascript; charset=utf-8");
            assertType(s, "/", "text/html; charset=utf-8");
            String svg = firstFile(s.site().out(), ".svg");
            if (svg != null) assertType(s, "/" + svg, "image/svg+xml; charset=utf-8");
            String js = firstFile(s.site().out().resolve("assets"), ".js");
            if (js != null) assertType(s, "/assets/" + js, "text/javascript; charset=utf-8");

            HttpResponse<String> dir = get(s, "/en/members?x=1");
            assertEquals(301, dir.statusCode());
            assertEquals("/en/members/?x=1", dir.headers().firstValue("Location").orElse(""));
            HttpResponse<String> missing = get(s, "/en/no-such-page/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains(Files.readString(s.site().out().resolve("404.html")).substring(0, 40)),
                    "misses get the site's 404.html");
            assertEquals(405, HTTP.send(HttpRequest.newBuilder(s.url().resolve("/en/"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void nothingOutsideTheSiteIsServed(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        Files.writeString(site.path("secret.txt"), "TOP-SECRET-ROOT");
        try (DevServer s = start(site, false)) {
            Files.writeString(site.path(".plenary-cache/serve/secret.txt"), "TOP-SECRET-CACHE");
            List<String> attacks = List.of(
                    "/../secret.txt", "/../../secret.txt", "/en/../../../secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt",
                    "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
                    "/%252e%252e/secret.txt", "/%25252e%25252e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
                    "/..\\secret.txt", "/en/..%5c..%5csecret.txt", "/%5c..%5csecret.txt", "/secret.txt%00.html",
                    "/en/index.html%00", "/%00", "//etc/passwd", "/etc/passwd", "/%2fetc/passwd", "/./secret.txt",
                    "/en/./../../secret.txt", "/.plenary-cache/serve/secret.txt", "/../serve/secret.txt",
                    "http://127.0.0.1/../secret.txt", "/..;/secret.txt", "/en/%2e%2e/%2e%2e/secret.txt");
            for (String target : attacks) {
                Raw r = raw(s.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                assertTrue(r.status == 400 || r.status == 404, target + " gave " + r.status);
                assertFalse(r.text.contains("TOP-SECRET"), target + " leaked a file outside the site");
                assertFalse(r.text.contains("root:"), target + " leaked /etc/passwd");
            }
            assertEquals(400, raw(s.port(), "GET /%2e%2e/secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status);
            assertEquals(200, raw(s.port(), "GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status,
                    "the same raw client gets ordinary pages");
        }
    }

    @Test
    void anEditReloadsOpenTabsAndAnInvalidEditShowsItsErrorUntilFixed(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        try (DevServer s = start(site, true)) {
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            HTTP.sendAsync(HttpRequest.newBuilder(s.url().resolve("/__plenary/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
            assertEquals("data: 1", nextData(events), "the build number on connecting");

            site.replace(MEMBERS, "name: Amina Diallo", "name: Amina K. Diallo");
            assertEquals("data: 2", nextData(events), "an event after the rebuild");
            assertTrue(get(s, "/en/members/amina-diallo/").body().contains("Amina K. Diallo"));

            site.replace(MEMBERS, "  region: afralo\n  country: SN", "  region: afralo\n  <script>alert(1)</script>: x\n  country: SN");
            assertEquals("data: 3", nextData(events));
            String page = get(s, "/en/members/amina-diallo/").body();
            assertTrue(page.contains("id=\"plenary-dev-problems\""), "the problem panel over the last good page");
            assertTrue(page.contains(MEMBERS + ":"), "located in the file");
            assertTrue(page.matches("(?s).*" + MEMBERS.replace(".", "\\.") + ":\\d+:\\d+: error: .*"), "file:line:column: error:");
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the message is escaped");
            assertFalse(page.contains("<script>alert(1)</script>"));
            assertTrue(page.contains("Amina K. Diallo"), "the last good page is still served");

            site.replace(MEMBERS, "  <script>alert(1)</script>: x\n", "");
            assertEquals("data: 4", nextData(events), "fixing the file rebuilds and reloads");
            assertFalse(get(s, "/en/members/amina-diallo/").body().contains("plenary-dev-problems"));
        }
    }

    @Test
    void theSearchIndexIsWrittenOnceEditsPauseNotAfterEverySave(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        StringWriter log = new StringWriter();
        try (DevServer s = DevServer.start(new DevServer.Options(site.root(), 0, true), new PrintWriter(log, true))) {
            String last = "Amina Diallo";
            for (String name : List.of("Amina K. Diallo", "Amina L. Diallo", "Amina M. Diallo")) {
                int before = s.site().generation();
                site.replace(MEMBERS, "name: " + last, "name: " + name);
                last = name;
                await(() -> s.site().generation() > before, "the rebuild for " + name);
            }
            await(() -> log.toString().contains("(the search index)"), "the search index, once the edits pause");
            Thread.sleep(DevServer.DEFERRED_QUIET_MS + 1_000);
            int writes = log.toString().split("\\(the search index\\)", -1).length - 1;
            // Three saves, each right after the last one's pages: one index (two if a rebuild took longer than the pause).
            assertTrue(writes >= 1 && writes <= 2, writes + " search index writes for 3 quick saves:\n" + log);
            assertTrue(get(s, "/api/search?q=Amina+M.+Diallo&lang=en").body().contains("Amina M. Diallo"), "the index has the last edit");
        }
    }

    @Test
    void aThemeFolderCreatedWhileServingIsWatchedAndShowsLive(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        try (DevServer s = start(site, true)) {
            int before = s.site().generation();
            site.write("templates/i18n/en.properties", "members.title=Everyone in our community\n");
            await(() -> s.site().generation() > before, "a rebuild for the new templates/ folder");
            assertTrue(get(s, "/en/members/").body().contains("Everyone in our community"));
            int next = s.site().generation();
            site.write("templates/i18n/en.properties", "members.title=All our members\n");
            await(() -> s.site().generation() > next, "a rebuild for an edit inside it");
            assertTrue(get(s, "/en/members/").body().contains("All our members"));
        }
    }

    @Test
    void aFirstBuildWithErrorsShowsThemAndRecovers(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        site.replace(MEMBERS, "  kind: individual", "  kind: individul");
        try (DevServer s = start(site, true)) {
            HttpResponse<String> r = get(s, "/en/");
            assertEquals(500, r.statusCode());
            assertTrue(r.body().contains("individul"), r.body());
            site.replace(MEMBERS, "  kind: individul", "  kind: individual");
            await(() -> s.site().generation() >= 2 && s.site().hasSite(), "the rebuild after the fix");
            assertEquals(200, get(s, "/en/").statusCode());
        }
    }

    @Test
    void theSearchApiAnswersWhatPlenarySearchAnswers(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        try (DevServer s = start(site, false)) {
            HttpResponse<String> r = get(s, "/api/search?q=IDN+variants&lang=en");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
            StringWriter out = new StringWriter();
            assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "search", "--root",
                    site.root().toString(), "--format", "json", "--lang", "en", "IDN", "variants"));
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertEquals(json.readTree(out.toString()), json.readTree(r.body()), "the JSON of plenary search");
            assertTrue(r.body().contains("AL-ALAC-ST-0117-01-00-EN"), r.body());

            assertFalse(get(s, "/api/search?q=CANARY-HIDDEN-NAME").body().contains("CANARY"), "nothing private is found");
            HttpResponse<String> bad = get(s, "/api/search?q=%22unbalanced");
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(json.readTree(bad.body()).has("error"), bad.body());
            assertEquals(400, get(s, "/api/search").statusCode(), "no query");
            assertEquals(400, get(s, "/api/search?q=x&limit=lots").statusCode());
        }
    }

    @Test
    void aPortInUseIsAClearErrorWithExit2(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--root",
                    site.root().toString(), "--port", String.valueOf(taken.getLocalPort()), "--no-watch");
            assertEquals(2, code);
            assertTrue(err.toString().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), err.toString());
            assertFalse(err.toString().contains("Exception\n\tat"), "no stack trace");
        }
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM both stop the server through its shutdown hook, exit status 0. A process started in
     * the background by a non-interactive shell inherits SIGINT as ignored, and the JVM then cannot handle it (it
     * installs no handler for an ignored shutdown signal): there the SIGINT case is skipped, SIGTERM still runs.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"INT", "TERM"})
    void ctrlCStopsTheServerCleanly(String signal, @TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(signal.equals("INT") && sigintIgnored(),
                "SIGINT is ignored in this environment (started in the background), so a child JVM cannot receive it");
        TestSite site = TestSite.mini(tmp);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                "org.plenary.cli.Main", "serve", "--root", site.root().toString(), "--port", "0")
                .redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        int port = -1;
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (port < 0 && System.nanoTime() < deadline) {
                String line = lines.readLine();
                if (line == null) break;
                out.append(line).append('\n');
                var m = java.util.regex.Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
                if (m.find()) port = Integer.parseInt(m.group(1));
            }
            assertTrue(port > 0, out::toString);
            // The address comes first, while the site is built; then one line when it is ready.
            for (String line = lines.readLine(); line != null && !line.matches(".* built [\\d,]+ units in .*"); line = lines.readLine()) {
                out.append(line).append('\n');
            }
            assertEquals(200, raw(port, "GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status);
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor());
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                // Say where it hangs: the still-running server's threads, and what it printed.
                Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(p.pid()), "Thread.print").redirectErrorStream(true).start();
                String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                org.junit.jupiter.api.Assertions.fail("not stopped 30 s after SIG" + signal + "; output:\n" + out
                        + "\nthreads:\n" + threads);
            }
            out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, p.exitValue(), out::toString);
            assertTrue(out.toString().contains("plenary serve: stopped"), out::toString);
            assertFalse(out.toString().contains("Exception"), out::toString);
            final int closed = port;
            assertThrowsIo(() -> new Socket(InetAddress.getLoopbackAddress(), closed).close(), "the port is closed");
        } finally {
            p.destroyForcibly();
        }
    }

    /** Whether this process ignores SIGINT (bit 1 of SigIgn in /proc/self/status), as its children then will. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0;
        }
        return false;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void assertType(DevServer s, String path, String type) throws Exception {
        HttpResponse<String> r = get(s, path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(type, r.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals(ContentSecurityPolicy.HEADER, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }

    private static String firstFile(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return null;
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).findFirst().map(p -> dir.relativize(p).toString()).orElse(null);
        }
    }

    private static String nextData(BlockingQueue<String> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = events.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("data:")) return line;
        }
        return "no event within 60 s";
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void assertThrowsIo(IoAction a, String what) {
        try {
            a.run();
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError(what);
    }

    private record Raw(int status, String text) {
    }

    /** Sends bytes exactly as given (no client normalises the path) and reads the whole response. */
    static Raw raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = -1;
            if (text.startsWith("HTTP/1.")) status = Integer.parseInt(text.substring(9, 12));
            return new Raw(status, text);
        }
    }

    static URI url(DevServer s, String path) {
        return s.url().resolve(path);
    }
}
