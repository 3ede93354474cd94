package org.plenary.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a page in a real headless Chromium and returns the DOM after its scripts ran, for tests of
 * the site's JavaScript. No WebDriver and no extra dependency: {@code chromium --headless --dump-dom}
 * loads the page, lets its scripts run for a virtual-time budget, and prints the serialized DOM.
 *
 * <p>Usage: {@code HeadlessChromium.require().dumpDom(page)} — {@link #require()} skips the test
 * (JUnit assumption) when no Chromium binary exists, so machines without a browser still build; CI
 * ({@code .ci/run}) installs Debian's {@code chromium}. A page that should act on its own (click a
 * button, run a search) does so from a {@code load} handler in the page.
 *
 * <p>The binary is taken from {@code -Dplenary.chromium=…} or {@code PLENARY_CHROMIUM}, else the first
 * of chromium, chromium-browser, google-chrome, google-chrome-stable on the PATH. Each run uses a fresh
 * temporary profile, deleted afterwards, and flags that keep the browser off the network.
 */
public final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);
    private static final Duration WALL_CLOCK_LIMIT = Duration.ofSeconds(90);

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or a skipped test (with the reason) when none is installed. */
    public static HeadlessChromium require() {
        Optional<Path> found = find();
        Assumptions.assumeTrue(found.isPresent(), "no Chromium found (looked for -Dplenary.chromium, "
                + "PLENARY_CHROMIUM, " + String.join(", ", NAMES) + " on PATH); install Debian's 'chromium' "
                + "to run browser tests");
        return new HeadlessChromium(found.get());
    }

    /** The Chromium binary this machine has, if any. */
    public static Optional<Path> find() {
        for (String configured : new String[] {System.getProperty("plenary.chromium"), System.getenv("PLENARY_CHROMIUM")}) {
            if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
                return Optional.of(Path.of(configured));
            }
        }
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Path binary() {
        return binary;
    }

    /** Loads {@code page} (a local HTML file), runs it for 5 s of virtual time, returns the parsed DOM. */
    public Document dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page, DEFAULT_BUDGET);
    }

    /** As {@link #dumpDom(Path)} with a chosen virtual-time budget. */
    public Document dumpDom(Path page, Duration virtualTimeBudget) throws IOException, InterruptedException {
        String url = page.toAbsolutePath().toUri().toString();
        return Jsoup.parse(dumpDomHtml(url, virtualTimeBudget), url);
    }

    /** The raw serialized DOM of {@code url} after {@code virtualTimeBudget} of virtual time. */
    public String dumpDomHtml(String url, Duration virtualTimeBudget) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("plenary-chromium-");
        Path stderr = Files.createTempFile("plenary-chromium-", ".log");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", // containers often have a tiny /dev/shm
                    "--user-data-dir=" + profile,
                    "--virtual-time-budget=" + virtualTimeBudget.toMillis(),
                    "--dump-dom", url));
            Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
            p.getOutputStream().close(); // no input
            // Read stdout concurrently so a large DOM cannot fill the pipe and stall the browser.
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            if (!p.waitFor(WALL_CLOCK_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("chromium did not finish within " + WALL_CLOCK_LIMIT.toSeconds() + " s for "
                        + url + "; stderr tail:\n" + tail(stderr));
            }
            String dom = out.join();
            if (p.exitValue() != 0 || dom.isBlank()) {
                throw new IOException("chromium exited " + p.exitValue() + " with " + dom.length()
                        + " characters of DOM for " + url + "; stderr tail:\n" + tail(stderr));
            }
            return dom;
        } finally {
            deleteTree(profile);
            Files.deleteIfExists(stderr);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) {
        // Chromium may still be releasing files for a moment; leftovers in the temp dir are harmless.
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort
        }
    }
}
