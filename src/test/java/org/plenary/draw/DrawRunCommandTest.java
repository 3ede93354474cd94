package org.plenary.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.Main;

/** {@code plenary draw run} end to end, through {@link Main#run}. */
class DrawRunCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path rfcPool() throws Exception {
        Path pool = dir.resolve("pool.txt");
        // Blank lines, CRLF and indentation must not change the pool.
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (String item : Rfc3797Test.RFC_POOL) lines.add("  " + item + "\r");
        lines.add("");
        Files.write(pool, lines, StandardCharsets.UTF_8);
        return pool;
    }

    private String[] rfcArgs(Path pool, String... extra) {
        List<String> args = new ArrayList<>(List.of("draw", "run", "--pool", pool.toString(), "--seats", "11",
                "--source", "first=9319", "--source", "second=2 5 12 8 10", "--source", "third=9,18,26,34,41,45"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void textShowsKeyEveryStepAndResult() throws Exception {
        Run r = run(rfcArgs(rfcPool()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Key string: " + Rfc3797Test.RFC_KEY), r.out());
        for (int i = 0; i < 11; i++) {
            assertTrue(r.out().contains(Rfc3797Test.RFC_DIGESTS.get(i)), "digest " + i);
            assertTrue(r.out().contains(Rfc3797Test.RFC_NUMBERS[i] + " " + Rfc3797Test.RFC_RESULT.get(i)),
                    "pick " + i);
        }
        String first = r.out().lines().filter(l -> l.contains("990DD0A5692A029A98B5E01AA28F3459")).findFirst().get();
        assertTrue(first.matches("\\s*1\\s+0\\s+990DD0A5692A029A98B5E01AA28F3459\\s+25\\s+16\\s+17 Lee"), first);
        assertTrue(r.out().contains(" 1. Lee"));
        assertTrue(r.out().contains("11. Sloth"));
        assertTrue(r.out().contains("bits needed"));
        assertEquals("", r.err());
    }

    @Test
    void jsonIsMachineReadable() throws Exception {
        Run r = run(rfcArgs(rfcPool(), "--format", "json"));
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(Rfc3797Test.RFC_KEY, json.get("key").asText());
        assertEquals(25, json.get("pool_size").asInt());
        assertEquals(11, json.get("steps").size());
        JsonNode step = json.get("steps").get(0);
        assertEquals(0, step.get("index").asInt());
        assertEquals("990DD0A5692A029A98B5E01AA28F3459", step.get("md5").asText());
        assertEquals(25, step.get("items_left").asInt());
        assertEquals(16, step.get("remainder").asInt());
        assertEquals(17, step.get("position").asInt());
        assertEquals(17, step.get("pool_number").asInt());
        assertEquals("Lee", step.get("item").asText());
        List<String> result = new ArrayList<>();
        json.get("result").forEach(n -> result.add(n.asText()));
        assertEquals(Rfc3797Test.RFC_RESULT, result);
        assertEquals("2.5.8.10.12./", json.get("sources").get(1).get("key_part").asText());
        assertTrue(json.get("entropy").get("sufficient").asBoolean());
        assertEquals("digits", json.get("entropy").get("sources").get(0).get("method").asText());
    }

    @Test
    void decimalAndLeadingZeroSources() throws Exception {
        Run r = run("draw", "run", "--pool", rfcPool().toString(), "--seats", "1",
                "--source", "a=10.0730", "--source", "b=9,3,017");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Key string: 10.073/3.9.17./"), r.out());
    }

    @Test
    void weakSourcesGetAWarningButStillRun() throws Exception {
        Run r = run("draw", "run", "--pool", rfcPool().toString(), "--seats", "10", "--source", "die=4");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("warning: the sources supply 3.3 bits but the draw needs 21.6"), r.err());
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws Exception {
        Path pool = rfcPool();
        Path dup = dir.resolve("dup.txt");
        Files.writeString(dup, "Ann\nBob\n\nAnn\n");
        String p = pool.toString();
        assertUsageError("--pool FILE is required", "draw", "run", "--seats", "1", "--source", "a=1");
        assertUsageError("--seats N is required", "draw", "run", "--pool", p, "--source", "a=1");
        assertUsageError("at least one --source", "draw", "run", "--pool", p, "--seats", "1");
        assertUsageError("--seats must be a whole number of at least 1, not \"abc\"",
                "draw", "run", "--pool", p, "--seats", "abc", "--source", "a=1");
        assertUsageError("seats must be 1 … 25, not 26", "draw", "run", "--pool", p, "--seats", "26", "--source", "a=1");
        assertUsageError("source \"a\": value \"1x\" is not a non-negative integer",
                "draw", "run", "--pool", p, "--seats", "1", "--source", "a=1x");
        assertUsageError("must look like name=v1,v2", "draw", "run", "--pool", p, "--seats", "1", "--source", "123");
        assertUsageError("has no values", "draw", "run", "--pool", p, "--seats", "1", "--source", "a=");
        assertUsageError("--format must be text or json", "draw", "run", "--pool", p, "--seats", "1",
                "--source", "a=1", "--format", "xml");
        assertUsageError("does not exist", "draw", "run", "--pool", dir.resolve("nope.txt").toString(),
                "--seats", "1", "--source", "a=1");
        assertUsageError(dup + ":4: \"Ann\" is already in the pool (line 1)",
                "draw", "run", "--pool", dup.toString(), "--seats", "1", "--source", "a=1");
    }

    @Test
    void drawAloneAsksForASubcommand() {
        Run r = run("draw");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing subcommand"));
    }

    private static void assertUsageError(String expected, String... args) {
        Run r = run(args);
        assertEquals(2, r.exit(), () -> String.join(" ", args) + " → " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), () -> "one line expected, got: " + r.err());
        assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
