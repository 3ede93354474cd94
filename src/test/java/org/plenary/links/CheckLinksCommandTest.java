package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.CheckLinksCommand;
import org.plenary.cli.Main;
import picocli.CommandLine;

/** {@code plenary check-links}: exit codes, both formats, one-line usage errors. */
class CheckLinksCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CheckLinksCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path site(String indexBody) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=en><head><title>t</title></head><body>"
                + indexBody + "</body></html>");
        Files.writeString(site.resolve("about.html"), "<!doctype html><title>a</title><h1 id=team>Team</h1>");
        return site;
    }

    private static void assertOneLineUsageError(Run r, String containing) {
        assertEquals(2, r.exit, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.startsWith("plenary check-links: "), r.err);
        assertTrue(r.err.contains(containing), r.err);
        assertEquals(1, r.err.strip().lines().count(), "one line, no usage dump or stack trace: " + r.err);
    }

    @Test
    void cleanSiteExitsZeroWithTheSummary() throws IOException {
        Run r = run(site("<a href='about.html#team'>team</a>").toString());
        assertEquals(0, r.exit, r.err + r.out);
        assertEquals("checked 2 pages, 1 link: 0 broken\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void brokenLinksExitOneAndAreListedByPage() throws IOException {
        Run r = run(site("<a href='about.html#staff'>x</a> <a href='gone/'>y</a>").toString());
        assertEquals(1, r.exit);
        assertTrue(r.out.startsWith("index.html: 2 broken\n"), r.out);
        assertTrue(r.out.contains("  about.html#staff\n      no element with id or name \"staff\" in about.html\n"), r.out);
        assertTrue(r.out.contains("  gone/\n      not found: gone/\n"), r.out);
        assertTrue(r.out.endsWith("checked 2 pages, 2 links: 2 broken\n"), r.out);
    }

    @Test
    void jsonFormat() throws IOException {
        Run r = run("--format", "json", site("<a href='gone.html'>y</a><a href='https://example.com/'>ext</a>").toString());
        assertEquals(1, r.exit);
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertEquals(2, json.get("pages").asInt());
        assertEquals(1, json.get("links").asInt());
        assertEquals(1, json.get("unchecked").asInt());
        JsonNode b = json.get("broken").get(0);
        assertEquals("index.html", b.get("page").asText());
        assertEquals("gone.html", b.get("href").asText());
        assertEquals("not found: gone.html", b.get("reason").asText());
    }

    @Test
    void baseUrlOption() throws IOException {
        Path site = site("<a href='https://example.org/about.html'>abs</a><a href='https://example.org/nope.html'>abs</a>");
        Run r = run("--base-url", "https://example.org/", "--format", "json", site.toString());
        assertEquals(1, r.exit);
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertEquals(1, json.get("broken").size());
        assertEquals("https://example.org/nope.html", json.get("broken").get(0).get("href").asText());
    }

    @Test
    void usageMistakesAreOneLineAndExitTwo() throws IOException {
        Path site = site("");
        assertOneLineUsageError(run(), "missing DIR");
        assertOneLineUsageError(run(tmp.resolve("nope").toString()), "no such directory: ");
        assertOneLineUsageError(run(site.resolve("index.html").toString()), "not a directory: ");
        assertOneLineUsageError(run("--format", "xml", site.toString()), "--format must be text or json");
        assertOneLineUsageError(run("--base-url", "example.org", site.toString()), "base URL must be an absolute http(s) URL");
        assertOneLineUsageError(run("--threads", "0", site.toString()), "--threads must be at least 1");
        assertOneLineUsageError(run("--external", "--exclude", "([", site.toString()), "invalid --exclude pattern '(['");
        assertOneLineUsageError(run("--external", "--timeout", "soon", site.toString()), "--timeout must be a duration");
        assertOneLineUsageError(run("--external", "--per-host", "x", site.toString()), "--per-host must be a whole number");
        assertOneLineUsageError(run("--external", "--cache", site.resolve("c.json").toString(), site.toString()),
                "inside the checked folder");
    }

    @Test
    void externalCheckWithCacheFromTheCommandLine() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path site = site("<a href='" + base + "/ok'>ok</a> <a href='" + base + "/gone'>gone</a>");
            Path cache = tmp.resolve("cache.json");
            String[] args = {"--external", "--cache", cache.toString(), "--interval", "0", "--retries", "0", site.toString()};
            Run first = run(args);
            assertEquals(1, first.exit, first.err);
            assertTrue(first.out.contains(base + "/gone\n      HTTP 404\n"), first.out);
            assertTrue(Files.readString(cache).contains(base + "/ok"));
            int afterFirst = hits.get();
            Run second = run(args);
            assertEquals(first, second);
            assertEquals(afterFirst + 2, hits.get(), "only the broken URL is fetched again (HEAD, then GET)");

            Run offline = run(site.toString());
            assertEquals(0, offline.exit, "offline by default: external links are not checked");
            assertTrue(offline.out.contains("2 external links not checked"), offline.out);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void registeredInMain() throws IOException {
        Path site = site("<a href='gone.html'>y</a>");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("check-links", site.toString());
        } finally {
            System.setOut(original);
        }
        assertEquals(1, exit);
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("checked 2 pages, 1 link: 1 broken"), out);
        assertFalse(out.contains("Exception"), out);
    }
}
