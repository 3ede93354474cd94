package org.plenary.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.plenary.output.SitePaths;

/**
 * Measures the dev server's edit-to-browser latency (issue 9's serve targets): from the moment an input file is
 * written to the moment the dev server has answered the page's URL with the new text, fetched as an open tab does
 * (on the build event of {@code /__plenary/events}). Not a test: a command, run on a quiet machine.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.plenary.serve.ServeLatency /tmp/plenary-m [ROUNDS]
 * </pre>
 * The folder is filled with the M corpus ({@link LargeSite}: 2,000 statements and 1,000 members in 7 languages)
 * when it has no {@code data/}. Each round edits one statement's Markdown body and one member's YAML record (in a
 * file of 200 members); the first two rounds warm the JIT and are not counted. Prints each measurement, then the
 * median and the maximum per kind of edit.
 */
public final class ServeLatency {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.isDirectory(root.resolve("data"))) {
            System.out.println("generating the M corpus in " + root + " …");
            LargeSite.write(root, 2000, 1000);
        }
        PrintWriter log = new PrintWriter(System.out, true);
        long t0 = System.nanoTime();
        try (DevServer server = DevServer.start(new DevServer.Options(root, 0, true), log)) {
            System.out.printf(Locale.ROOT, "first build: %.1f s, %,d units%n", (System.nanoTime() - t0) / 1e9,
                    server.site().problems().isEmpty() ? countFiles(server.site().out()) : -1);
            listen(server);
            Thread.sleep(500);
            List<Long> markdown = new ArrayList<>();
            List<Long> yaml = new ArrayList<>();
            for (int round = 0; round < rounds + 2; round++) {
                String token = "edit" + System.nanoTime();
                String id = LargeSite.adviceId(40 + round);
                Path body = root.resolve("content/advice/" + id + "/en.md");
                long md = measure(server, body, Files.readString(body) + "\nA paragraph added: " + token + ".\n",
                        SitePaths.statement("en", id), token);
                Thread.sleep(300);
                int member = 7 + 5 * round; // same file each time: generated members of one region
                Path file = root.resolve(LargeSite.memberFile(member));
                String text = Files.readString(file);
                String marker = "- id: " + LargeSite.memberId(member) + "\n";
                int at = text.indexOf(marker);
                int aff = text.indexOf("  affiliation: ", at);
                int eol = text.indexOf('\n', aff);
                String edited = text.substring(0, aff) + "  affiliation: Affiliation " + token + text.substring(eol);
                long ym = measure(server, file, edited, SitePaths.member("en", LargeSite.memberId(member)), token);
                Thread.sleep(300);
                System.out.printf(Locale.ROOT, "round %d: statement Markdown %d ms, member YAML %d ms%s%n", round, md, ym,
                        round < 2 ? " (warm-up)" : "");
                if (round >= 2) {
                    markdown.add(md);
                    yaml.add(ym);
                }
            }
            System.out.printf(Locale.ROOT, "statement Markdown → page: median %d ms, max %d ms (%d edits)%n",
                    median(markdown), Collections.max(markdown), markdown.size());
            System.out.printf(Locale.ROOT, "member YAML → profile: median %d ms, max %d ms (%d edits)%n",
                    median(yaml), Collections.max(yaml), yaml.size());
        }
    }

    /**
     * Writes {@code text} to {@code file}, then does what an open tab does: waits for the dev server's next build
     * event, fetches {@code path}, and stops when the page has {@code token}. Milliseconds from the write to the
     * response.
     */
    private static long measure(DevServer server, Path file, String text, String path, String token) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(server.url().resolve(path)).build();
        events.clear();
        long start = System.nanoTime();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        while (true) {
            String event = events.poll(60, TimeUnit.SECONDS);
            if (event == null) throw new IllegalStateException("no rebuild within 60 s for " + file);
            HttpResponse<String> r = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            if (r.body().contains(token)) return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    /** Listens to the dev server's build events as {@code live.js} does. */
    private static void listen(DevServer server) {
        HTTP.sendAsync(HttpRequest.newBuilder(server.url().resolve("/__plenary/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                    if (line.startsWith("data:")) events.add(line);
                }));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long countFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
