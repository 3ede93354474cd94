package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;
import org.plenary.publish.Publisher;

/**
 * Real {@code plenary build} processes killed at random moments, and inside the swap itself (held open with the
 * publisher's test-only pause): after SIGKILL the next start leaves exactly the previous site or exactly the new
 * one, never a mixture, a missing folder or leftovers; after SIGTERM (Ctrl-C, a service stop) that holds at once.
 */
class KilledBuildTest {
    @TempDir
    static Path tmp;
    static TestSite site;
    static Map<String, byte[]> previous;
    static Map<String, byte[]> next;
    static long buildMillis;

    @BeforeAll
    static void twoSites() throws Exception {
        site = TestSite.mini(tmp);
        Run a = site.build(tmp.resolve("a"), "--links", "off");
        assertEquals(0, a.exitCode(), a::toString);
        previous = TestSite.snapshot(tmp.resolve("a"));
        site.replace("data/site.yaml", "title: {en: Mini Community,", "title: {en: Mini Community (new),");
        Run b = site.build(tmp.resolve("b"), "--links", "off");
        assertEquals(0, b.exitCode(), b::toString);
        next = TestSite.snapshot(tmp.resolve("b"));
        long t0 = System.nanoTime();
        Process p = start(tmp.resolve("timing"), List.of());
        assertEquals(0, p.waitFor(), "a build in a child process works");
        buildMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private static Process start(Path out, List<String> jvmFlags) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("org.plenary.cli.Main", "build", "--root", site.root().toString(), "--out", out.toString(),
                "--links", "off"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    /** A fresh output folder holding the previous site, as a web server would be serving it. */
    private static Path published(String name) {
        Path out = tmp.resolve(name);
        TestSite.copyTree(tmp.resolve("a"), out);
        return out;
    }

    private static void assertWholeSite(Path out) {
        Map<String, byte[]> now = TestSite.snapshot(out);
        if (now.keySet().equals(previous.keySet()) && same(now, previous)) return;
        if (now.keySet().equals(next.keySet()) && same(now, next)) return;
        fail(out + " is neither the previous site nor the new one: " + now.size() + " files");
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private static void nextStart(Path out) throws IOException {
        Publisher.open(out).close();
    }

    private static void waitFor(Path p, Process proc) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(p)) {
            if (!proc.isAlive()) fail("the build ended before " + p.getFileName() + " appeared");
            if (System.nanoTime() > deadline) fail("timed out waiting for " + p);
            Thread.sleep(5);
        }
    }

    @Test
    void sigkillAtRandomMomentsNeverLosesTheSite() throws Exception {
        Random random = new Random(20240601);
        for (int i = 0; i < 4; i++) {
            Path out = published("random-" + i);
            Process p = start(out, List.of());
            Thread.sleep(random.nextInt((int) Math.max(1, buildMillis)));
            p.destroyForcibly().waitFor();
            nextStart(out);
            assertWholeSite(out);
            TestSite.assertNoStagingLeft(tmp);
            assertEquals(List.of(), leftovers(), "no lock, staging or old folder left");
        }
    }

    @Test
    void sigkillInsideTheSwapIsRepairedAtTheNextStart() throws Exception {
        Path out = published("swap-kill");
        Process p = start(out, List.of("-Dplenary.publish.swapPauseMillis=20000"));
        waitFor(tmp.resolve(".swap-kill.old"), p);
        p.destroyForcibly().waitFor();
        assertFalse(Files.exists(out), "the kill landed between the two renames");
        nextStart(out);
        assertEquals(previous.keySet(), TestSite.snapshot(out).keySet(), "the previous site is back");
        assertWholeSite(out);
        assertEquals(List.of(), leftovers());
    }

    @Test
    void sigtermInsideTheSwapFinishesItAndCleansUp() throws Exception {
        Path out = published("swap-term");
        Process p = start(out, List.of("-Dplenary.publish.swapPauseMillis=1500"));
        waitFor(tmp.resolve(".swap-term.old"), p);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertWholeSite(out); // no next start needed
        assertEquals(List.of(), leftovers());
    }

    @Test
    void sigtermWhileRenderingRemovesTheStagingFolder() throws Exception {
        Path out = published("render-term");
        Process p = start(out, List.of());
        waitFor(tmp.resolve(".render-term.lock"), p);
        try (var list = Files.list(tmp)) {
            // wait until the staging folder exists, then stop the build
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Files.list(tmp).noneMatch(f -> f.getFileName().toString().startsWith(".render-term.staging-")) && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        }
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
        assertWholeSite(out);
        assertEquals(List.of(), leftovers());
    }

    private static List<String> leftovers() throws IOException {
        try (var list = Files.list(tmp)) {
            return list.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("."))
                    .filter(n -> n.endsWith(".lock") || n.contains(".staging-") || n.contains(".old")).sorted().toList();
        }
    }
}
