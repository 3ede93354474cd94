package org.plenary.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.plenary.content.ContentLoader;
import org.plenary.diag.Diagnostic;
import org.plenary.output.ContentSecurityPolicy;
import org.plenary.search.InvalidQueryException;
import org.plenary.search.SearchIndex;
import org.plenary.search.SearchIndexes;
import org.plenary.search.SearchJson;
import org.plenary.search.SearchRequest;
import org.plenary.registry.RegistryLoader;
import org.plenary.theme.Theme;

/**
 * {@code plenary serve}: the site of a root, served on 127.0.0.1 and rebuilt incrementally as its inputs change
 * ({@link IncrementalSite} in {@code .plenary-cache/serve/site/}, never the user's {@code site/}), with open tabs
 * reloaded by themselves ({@link LiveReload}) and input errors shown over the last good page ({@link DevPage}).
 *
 * <p>HTTP is the JDK's own server ({@code com.sun.net.httpserver}, module {@code jdk.httpserver}): maintained with
 * the JDK, no dependency to ship, and enough for one developer's browser on the loopback interface. It parses the
 * protocol; which file a request gets is decided here, on the raw path ({@link SitePath}), because a dev server
 * must never serve a file outside the site whatever a library's normalisation does. Responses carry the site's
 * Content-Security-Policy as a header ({@link ContentSecurityPolicy#HEADER}, the pages' own policy),
 * {@code no-store} (a dev server's files change under the browser) and {@code nosniff}.
 */
public final class DevServer implements AutoCloseable {
    /** Where the dev server keeps its copy of the site, relative to the root. */
    public static final String OUTPUT = ".plenary-cache/serve/site";
    /**
     * Kinds of output unit written after the open tabs were told to reload: no page shows them, and they read every
     * page's text (the search index), so writing them first would delay every edit.
     */
    static final Set<String> DEFERRED = Set.of("search");
    /** The search API's path. */
    static final String SEARCH_API = "/api/search";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /**
     * @param root  the site folder
     * @param port  TCP port on 127.0.0.1; 0 picks a free one
     * @param watch whether to watch {@code data/}, {@code content/} and {@code templates/} and rebuild
     */
    public record Options(Path root, int port, boolean watch) {
    }

    private final IncrementalSite site;
    private final HttpServer http;
    private final ExecutorService threads;
    private final LiveReload live;
    private final PrintWriter log;
    private SourceWatcher watcher;
    /**
     * How long edits must pause before the deferred units (the search index) are written, in milliseconds. Writing
     * the search index takes both cores for seconds on a large site; started after every save, it made the next
     * save's pages wait for it (bench/serve/run.sh on 21,000 pages: a member edit every second or so showed in a
     * median 519 ms, a statement edit in 362 ms, against 249 ms with no index being written).
     */
    static final long DEFERRED_QUIET_MS = 1_500;
    /** One thread for the deferred units, so at most one search index is written at a time. */
    private final java.util.concurrent.ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plenary-deferred");
        t.setDaemon(true);
        return t;
    });
    /** The deferred write waiting for edits to pause, if any (replaced by each rebuild). */
    private java.util.concurrent.ScheduledFuture<?> pendingDeferred;
    /** Whether the last build had errors (so the next good one can say they are fixed). */
    private boolean failing;

    private DevServer(IncrementalSite site, HttpServer http, ExecutorService threads, PrintWriter log) {
        this.site = site;
        this.http = http;
        this.threads = threads;
        this.log = log;
        this.live = new LiveReload(site::generation);
    }

    /**
     * {@link #open} then {@link #buildAll}: returns once the first build is done (successful or not: its problems
     * are shown in the browser).
     *
     * @throws java.net.BindException when the port is in use
     */
    public static DevServer start(Options o, PrintWriter log) throws IOException {
        DevServer server = open(o, log);
        try {
            server.buildAll();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Binds the port and starts serving (a page saying the site is being built, until it is) and watching; says
     * where in {@code log}. Changes made from now on are rebuilt, after the first build.
     *
     * @param log one line per build and rebuild
     * @throws java.net.BindException when the port is in use
     */
    public static DevServer open(Options o, PrintWriter log) throws IOException {
        Path root = o.root().toAbsolutePath().normalize();
        int cores = Runtime.getRuntime().availableProcessors();
        IncrementalSite site = new IncrementalSite(root, root.resolve(OUTPUT), cores, DEFERRED);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), o.port()), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "plenary-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        DevServer server = new DevServer(site, http, threads, log);
        http.createContext("/", server::handle);
        http.setExecutor(threads);
        http.start();
        try {
            if (o.watch()) {
                server.watcher = new SourceWatcher(List.of(root.resolve(RegistryLoader.DATA_DIR),
                        root.resolve(ContentLoader.CONTENT_DIR), root.resolve(Theme.FOLDER)), server::changed);
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        log.println("serving " + server.url() + (o.watch() ? " — watching data/, content/ and templates/" : "")
                + " (Ctrl-C to stop)");
        log.flush();
        return server;
    }

    /** Builds the whole site (the first build); open tabs reload when it is done. */
    public void buildAll() {
        report(first());
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The site's address, {@code http://127.0.0.1:PORT/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The site kept up to date. */
    public IncrementalSite site() {
        return site;
    }

    private synchronized IncrementalSite.Rebuild first() {
        return site.full();
    }

    /** A batch of changed input files: rebuild, say so, and tell the open tabs. */
    private synchronized void changed(Set<Path> paths, boolean lostEvents) {
        IncrementalSite.Rebuild r;
        int before = site.generation();
        try {
            r = site.update(paths, lostEvents);
            if (r.generation() == before) return; // no input changed
        } catch (RuntimeException e) { // a fault of the tool: say so, keep serving the last good site
            log.println(clock() + " rebuild failed: " + e);
            log.flush();
            return;
        }
        report(r);
        try {
            // One write once the edits pause; one already running goes on (it cannot stop halfway safely), and
            // the next waits for it.
            if (pendingDeferred != null) pendingDeferred.cancel(false);
            pendingDeferred = background.schedule(this::writeDeferred, DEFERRED_QUIET_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the server is closing: the cache is left as it was, rebuilt at the next start
        }
    }

    /**
     * Writes what the last rebuilds deferred (the search index), on its own thread once edits pause for
     * {@link #DEFERRED_QUIET_MS}: the next edit need not wait.
     */
    private void writeDeferred() {
        long start = System.nanoTime();
        IncrementalSite.Deferred d = site.writeDeferred();
        int n = d.units();
        if (n == 0) return;
        if (d.failed()) live.announce(site.generation()); // the tabs show why
        synchronized (this) {
            log.println(String.format(Locale.ROOT, "%s then %,d unit%s no page shows (the search index) in %,d ms", clock(), n,
                    n == 1 ? "" : "s", (System.nanoTime() - start) / 1_000_000));
            log.flush();
        }
    }

    private void report(IncrementalSite.Rebuild r) {
        String what = r.changed().isEmpty() ? "build"
                : r.changed().size() == 1 ? r.changed().get(0)
                : r.changed().size() + " files (" + String.join(", ", r.changed().subList(0, Math.min(3, r.changed().size())))
                + (r.changed().size() > 3 ? ", …" : "") + ")";
        if (!r.ok()) {
            log.println(clock() + " " + what + ": " + DevPage.count(r.problems())
                    + "; shown in the browser, the site stays at its last good build");
            for (Diagnostic d : r.problems()) if (d.isError()) log.println("  " + d.format());
        } else if (r.changed().isEmpty()) {
            log.println(String.format(Locale.ROOT, "%s built %,d units in %,d ms", clock(), r.units(), r.millis()));
        } else if (r.rendered() == 0 && r.removed() == 0) {
            log.println(String.format(Locale.ROOT, "%s %s: %s (%,d ms)", clock(), what,
                    failing ? "fixed; the site is as it was before the error" : "no page changed", r.millis()));
        } else {
            log.println(String.format(Locale.ROOT, "%s %s: %,d of %,d units re-rendered%s in %,d ms (%s)", clock(), what,
                    r.rendered(), r.units(), r.removed() > 0 ? ", " + r.removed() + " removed" : "", r.millis(), phases(r)));
        }
        log.flush();
        failing = !r.ok();
        live.announce(r.generation());
    }

    /** {@code read 120 · plan 40 · compare 30 · write 50}: where the time of a rebuild went, in milliseconds. */
    private static String phases(IncrementalSite.Rebuild r) {
        StringBuilder b = new StringBuilder();
        r.phases().forEach((k, v) -> b.append(b.length() == 0 ? "" : " · ").append(k).append(' ').append(v));
        return b.toString();
    }

    private static String clock() {
        return LocalTime.now().format(CLOCK);
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "method not allowed", false);
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (SEARCH_API.equals(raw)) {
                search(ex, head);
                return;
            }
            if (raw != null && raw.startsWith(DevPage.PREFIX)) {
                own(ex, raw.substring(DevPage.PREFIX.length()), head);
                return;
            }
            SitePath.Result target = SitePath.of(raw);
            if (!target.ok()) {
                text(ex, target.status(), target.reason(), head);
                return;
            }
            site(ex, raw, target.file(), head);
        }
    }

    /**
     * {@code /api/search?q=…[&lang=L][&type=T][&year=Y][&region=R][&limit=N]}: the JSON of {@code plenary search
     * --format json} (SPEC §6), answered from the Lucene index the last build wrote. A query that cannot be answered
     * (missing, unbalanced quotes, too long) gets 400 and {@code {"error": …}}.
     */
    private void search(HttpExchange ex, boolean head) throws IOException {
        Map<String, String> q = new HashMap<>();
        String rawQuery = ex.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                q.putIfAbsent(key, value);
            }
        }
        String json;
        int status = 200;
        try {
            String query = q.get("q");
            if (query == null || query.isBlank()) throw new InvalidQueryException("give a query: /api/search?q=words");
            int limit = number(q.get("limit"), SearchRequest.DEFAULT_LIMIT, "limit");
            if (limit < 1 || limit > 10_000) throw new InvalidQueryException("limit must be between 1 and 10000");
            Integer year = q.containsKey("year") ? number(q.get("year"), 0, "year") : null;
            SearchRequest request = new SearchRequest(query, blankToNull(q.get("lang")),
                    blankToNull(q.get("type")) == null ? null : q.get("type").toLowerCase(Locale.ROOT), year,
                    blankToNull(q.get("region")), limit);
            // The deferred write swaps a new index in without the site's lock, beside the searches: opening one holds
            // the index folder's own swap lock (SearchIndex.openIfExists), so it opens the old index or the new one.
            Path index = SearchIndexes.location(site.root());
            SearchIndex searcher = site.hasSite() ? SearchIndex.openIfExists(index) : null;
            if (searcher == null) {
                status = 503;
                json = SearchJson.error("the site is not built yet");
            } else {
                try (searcher) {
                    json = SearchJson.text(searcher.search(request));
                }
            }
        } catch (InvalidQueryException e) {
            status = 400;
            json = SearchJson.error(e.getMessage());
        }
        send(ex, status, MediaTypes.of("x.json"), (json + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static int number(String text, int absent, String name) throws InvalidQueryException {
        if (text == null) return absent;
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, not '" + text + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The dev server's own files under {@code /__plenary/}. */
    private void own(HttpExchange ex, String name, boolean head) throws IOException {
        switch (name) {
            case "events" -> live.stream(ex);
            case "live.js" -> send(ex, 200, MediaTypes.of(name), resource(name), head);
            case "dev.css" -> send(ex, 200, MediaTypes.of(name), resource(name), head);
            default -> text(ex, 404, "not found", head);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) throw new NoSuchFileException(name);
            return in.readAllBytes();
        }
    }

    private void site(HttpExchange ex, String raw, String file, boolean head) throws IOException {
        byte[] body;
        int status = 200;
        String type = MediaTypes.of(file);
        site.lock().readLock().lock();
        try {
            List<Diagnostic> problems = site.problems();
            int build = site.generation();
            if (!site.hasSite()) {
                body = DevPage.hasErrors(problems) ? DevPage.problemsPage(build, problems) : building(build);
                send(ex, DevPage.hasErrors(problems) ? 500 : 503, MediaTypes.HTML, body, head);
                return;
            }
            Path out = site.out();
            Path f = out.resolve(file).normalize();
            if (!f.startsWith(out)) { // SitePath already refuses this; checked again where the file is opened
                text(ex, 404, "not found", head);
                return;
            }
            if (Files.isDirectory(f)) { // dir → dir/, as the site's links are written
                String query = ex.getRequestURI().getRawQuery();
                ex.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                text(ex, 301, "moved to " + raw + "/", head);
                return;
            }
            body = readInside(out, f);
            if (body == null) {
                status = 404;
                type = MediaTypes.HTML;
                body = readInside(out, out.resolve("404.html"));
                if (body == null) body = "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
            }
            if (type.equals(MediaTypes.HTML)) body = DevPage.inject(body, build, problems);
        } finally {
            site.lock().readLock().unlock();
        }
        send(ex, status, type, body, head);
    }

    /** The bytes of a regular file whose real path is inside {@code out}, or null. */
    private static byte[] readInside(Path out, Path f) throws IOException {
        if (!Files.isRegularFile(f)) return null;
        Path real = f.toRealPath();
        if (!real.startsWith(out.toRealPath())) return null;
        try {
            return Files.readAllBytes(real);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] building(int build) {
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Building…</title>"
                + "<script src=\"" + DevPage.PREFIX + "live.js?build=" + build + "\" defer></script></head>"
                + "<body><p>Plenary is building the site; this page reloads when it is ready.</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void text(HttpExchange ex, int status, String message, boolean head) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", (status + " " + message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", ContentSecurityPolicy.HEADER);
        if (head) {
            h.set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) ex.getResponseBody().write(body);
        }
    }

    /** Stops watching, ends the open event streams and closes the port. */
    @Override
    public void close() {
        if (watcher != null) watcher.close();
        live.close();
        http.stop(0);
        threads.shutdownNow();
        // A search index being written is interrupted: it stops within a few documents and removes its unfinished
        // folder, so stopping is prompt and leaves nothing half-written in the cache.
        background.shutdownNow();
        try {
            // Interrupted, a writer stops within a few documents; the bound only guards against a stuck disk. Waiting
            // matters: a writer still running after close() would write into a folder its owner is deleting.
            background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
