package org.plenary.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenary.cli.Main;

/**
 * A throw-away copy of a fixture site (by default {@code src/test/resources/sites/mini}) in a JUnit temp folder,
 * which a test edits ({@link #write}, {@link #append}, {@link #replace}) and then runs through the real command
 * line ({@link Main#run(PrintWriter, PrintWriter, String...)}) with {@code --format json}.
 *
 * <pre>{@code
 * TestSite site = TestSite.mini(tmp).write("data/members/x.yaml", "id: x\nregoin: afralo\n");
 * Diags d = site.rejects();   // exit 2 from validate and build, nothing written, no stack trace
 * d.error("unknown-key", "data/members/x.yaml", 2, 1, "did you mean 'region'");
 * }</pre>
 */
public final class TestSite {
    public static final Path MINI = Path.of("src/test/resources/sites/mini").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JSON diagnostic contract of SPEC §4, field names sorted. */
    private static final List<String> FIELDS = List.of("code", "column", "file", "line", "message", "severity");

    private final Path root;
    private final Path scratch;

    private TestSite(Path root, Path scratch) {
        this.root = root;
        this.scratch = scratch;
    }

    /** A fresh copy of the mini site under {@code tempDir/site}. */
    public static TestSite mini(Path tempDir) {
        return copyOf(MINI, tempDir);
    }

    public static TestSite copyOf(Path source, Path tempDir) {
        Path root = tempDir.resolve("site");
        copyTree(source, root);
        return new TestSite(root, tempDir);
    }

    public Path root() {
        return root;
    }

    /** A file or folder of the site. */
    public Path path(String rel) {
        return root.resolve(rel);
    }

    /** A path beside the site (not inside it), e.g. for {@code --out}. */
    public Path beside(String name) {
        return scratch.resolve(name);
    }

    // ---- editing ----------------------------------------------------------------------------------------------

    /** Creates or overwrites a file (UTF-8), creating folders as needed. */
    public TestSite write(String rel, String text) {
        return writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite writeBytes(String rel, byte[] bytes) {
        try {
            Path p = path(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite append(String rel, String text) {
        try {
            Path p = path(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from}; fails the test when it is not there (the fixture changed). */
    public TestSite replace(String rel, String from, String to) {
        String text = read(rel);
        int i = text.indexOf(from);
        if (i < 0) fail("fixture " + rel + " does not contain '" + from + "'");
        if (text.indexOf(from, i + 1) >= 0) fail("fixture " + rel + " contains '" + from + "' more than once");
        return write(rel, text.substring(0, i) + to + text.substring(i + from.length()));
    }

    public TestSite delete(String rel) {
        try {
            Files.delete(path(rel));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String rel) {
        try {
            return Files.readString(path(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- running ----------------------------------------------------------------------------------------------

    /** {@code plenary validate --root <site> --format json [extra…]}. */
    public Run validate(String... extra) {
        return run(concat(new String[] {"validate", "--root", root.toString(), "--format", "json"}, extra));
    }

    /** {@code plenary build --root <site> --out <out> --format json [extra…]}. */
    public Run build(Path out, String... extra) {
        return run(concat(new String[] {"build", "--root", root.toString(), "--out", out.toString(), "--format", "json"}, extra));
    }

    /** Runs the command line in-process, capturing what a user would see on stdout and stderr. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = Main.run(o, e, args);
        }
        return new Run(code, out.toString(), err.toString(), List.of(args));
    }

    /**
     * Checks the guarantees every broken input must keep, and returns the diagnostics to check further:
     * {@code validate} and {@code build} both exit 2 and report the same problems (JSON and text agree), with no
     * stack trace; the build writes nothing: a previous output folder stays byte-for-byte intact and no staging
     * folder is left behind. (That a missing output folder is not created is checked once, in MainTest.)
     */
    public Diags rejects(String... extra) {
        Run v = validate(extra);
        v.assertNoStackTrace();
        assertEquals(2, v.exitCode(), () -> "validate should exit 2\n" + v);
        List<Diag> diags = v.diagnostics();
        assertTrue(diags.stream().anyMatch(Diag::isError), () -> "exit 2 without any error reported\n" + v);
        for (Diag d : diags) d.assertHuman();

        // The same run in text form: one "path:line:column: severity: message" line per diagnostic.
        Run text = run(concat(new String[] {"validate", "--root", root.toString()}, extra));
        text.assertNoStackTrace();
        assertEquals(2, text.exitCode(), () -> "validate (text) should exit 2\n" + text);
        for (Diag d : diags) {
            assertTrue(text.err().contains(d.formatted() + "\n") || text.err().contains(d.formatted() + "\r\n"),
                    () -> "text output lacks the line '" + d.formatted() + "'\n" + text);
        }

        Path previous = previousOutput();
        Map<String, byte[]> before = snapshot(previous);
        Run b = build(previous, extra);
        b.assertNoStackTrace();
        assertEquals(2, b.exitCode(), () -> "build should exit 2\n" + b);
        assertEquals(diags, b.diagnostics(), "build and validate should report the same problems");
        assertSameTree(before, previous);
        assertNoStagingLeft(previous.getParent());
        assertEditorAgrees(diags);
        return new Diags(diags);
    }

    /**
     * Issue 12's promise that the JSON Schemas and the validator cannot drift: every fault of a kind a schema can
     * express (unknown key, wrong type, value outside an enumeration, missing required key, bad id or date syntax,
     * number out of range, relative URL) is also flagged in that file by the registry's schema, as an editor would
     * flag it, whichever validation test planted it.
     */
    private void assertEditorAgrees(List<Diag> diags) {
        for (Diag d : diags) {
            if (!d.isError() || !isSchemaLevel(d)) continue;
            String text = read(d.file());
            List<com.networknt.schema.Error> errors = org.plenary.schema.EditorValidator.validate(d.file(), text);
            if (errors == null) continue; // not a registry file (e.g. a Markdown body)
            assertFalse(errors.isEmpty(), () -> "the JSON Schema accepts what the validator rejects: " + d.formatted()
                    + " [" + d.code() + "]\n--- " + d.file() + "\n" + text);
        }
    }

    private static boolean isSchemaLevel(Diag d) {
        boolean registryFile = d.file().startsWith("data/") || d.file().startsWith("content/") && d.file().endsWith(".md");
        if (!registryFile) return false;
        return switch (d.code()) {
            case "unknown-key", "bad-date", "out-of-range", "bad-url" -> true;
            // YAML 1.2 reads 0x1F as a number, as editors do; only Plenary insists on decimal.
            case "wrong-type" -> !d.message().contains("written in decimal");
            case "missing-key" -> d.message().contains("missing required key");
            case "bad-value" -> d.message().contains("must be one of");
            case "bad-id" -> d.file().startsWith("data/");
            default -> false;
        };
    }

    /** Checks the input is valid (exit 0, no errors) and returns its diagnostics (warnings, if any). */
    public Diags accepts(String... extra) {
        Run v = validate(extra);
        v.assertNoStackTrace();
        assertEquals(0, v.exitCode(), () -> "validate should exit 0\n" + v);
        List<Diag> diags = v.diagnostics();
        assertTrue(diags.stream().noneMatch(Diag::isError), () -> "errors reported on valid input\n" + v);
        return new Diags(diags);
    }

    /** A folder standing for the site a previous build published (made once per site copy). */
    private Path previousOutput() {
        Path out = beside("previous-site");
        if (!Files.exists(out)) {
            try {
                Files.createDirectories(out.resolve("en/members"));
                Files.createDirectories(out.resolve("assets"));
                Files.writeString(out.resolve("index.html"), "<!doctype html><title>previous build</title>");
                Files.writeString(out.resolve(org.plenary.publish.Publisher.MARKER), "built by Plenary\n");
                Files.writeString(out.resolve("en/members/index.html"), "<p>members as published yesterday</p>\n");
                Files.write(out.resolve("assets/logo.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n'});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    // ---- results ----------------------------------------------------------------------------------------------

    /** One command run: exit code, stdout, stderr. */
    public record Run(int exitCode, String out, String err, List<String> args) {

        /** The JSON diagnostics array at the start of stdout ({@code build} prints a summary line after it). */
        public List<Diag> diagnostics() {
            try (JsonParser p = JSON.getFactory().createParser(out)) {
                JsonNode array = JSON.readTree(p);
                if (array == null || !array.isArray()) fail("stdout does not start with a JSON array\n" + this);
                List<Diag> list = new ArrayList<>();
                for (JsonNode n : array) {
                    assertEquals(FIELDS, fieldNames(n), () -> "diagnostic fields: " + n);
                    list.add(new Diag(n.get("file").asText(), n.get("line").asInt(), n.get("column").asInt(),
                            n.get("severity").asText(), n.get("code").asText(), n.get("message").asText()));
                }
                return list;
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + e.getMessage() + "\n" + this, e);
            }
        }

        public void assertNoStackTrace() {
            String all = out + err;
            for (String tell : List.of("\tat ", "Exception", "Caused by", "internal error", "\n    at ")) {
                assertFalse(all.contains(tell), () -> "output looks like a crash ('" + tell + "')\n" + this);
            }
            assertTrue(exitCode != 70, () -> "internal error\n" + this);
        }

        @Override
        public String toString() {
            return "$ plenary " + String.join(" ", args) + "\n[exit " + exitCode + "]\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    /** One diagnostic, as in the {@code --format json} contract. */
    public record Diag(String file, int line, int column, String severity, String code, String message) {
        public boolean isError() {
            return severity.equals("error");
        }

        /** The text form: {@code path:line:column: severity: message} (no line/column when unknown). */
        public String formatted() {
            return (line > 0 ? file + ":" + line + ":" + column : file) + ": " + severity + ": " + message;
        }

        /** A message for people: one line, no exception class names or parser internals. */
        void assertHuman() {
            assertFalse(message.isBlank(), () -> "empty message: " + this);
            assertFalse(message.contains("\n") || message.contains("\r"), () -> "multi-line message: " + this);
            for (String tell : List.of("Exception", "java.", "com.fasterxml", "org.yaml", "[Source:")) {
                assertFalse(message.contains(tell), () -> "message leaks internals ('" + tell + "'): " + this);
            }
            assertFalse(message.matches("(?s).*\\bnull\\b.*"), () -> "message shows a Java null: " + this);
            assertTrue(file.equals(file.strip()) && !file.startsWith("/") && !file.contains("\\"),
                    () -> "file should be relative to the site root with forward slashes: " + this);
        }
    }

    /** The diagnostics of a run, with assertions that print them all on failure. */
    public static final class Diags {
        private final List<Diag> all;

        public Diags(List<Diag> all) {
            this.all = List.copyOf(all);
        }

        public List<Diag> all() {
            return all;
        }

        public List<Diag> errors() {
            return all.stream().filter(Diag::isError).toList();
        }

        public List<Diag> warnings() {
            return all.stream().filter(d -> !d.isError()).toList();
        }

        public List<Diag> withCode(String code) {
            return all.stream().filter(d -> d.code().equals(code)).toList();
        }

        /** The one error with this code in this file, at exactly this line and column, whose message has each fragment. */
        public Diag error(String code, String file, int line, int column, String... fragments) {
            return find("error", code, file, line, column, fragments);
        }

        public Diag warning(String code, String file, int line, int column, String... fragments) {
            return find("warning", code, file, line, column, fragments);
        }

        private Diag find(String severity, String code, String file, int line, int column, String... fragments) {
            List<Diag> matches = all.stream().filter(d -> d.code().equals(code) && d.file().equals(file)).toList();
            if (matches.isEmpty()) fail("no " + severity + " '" + code + "' in " + file + "; got:\n" + this);
            List<Diag> here = matches.stream().filter(d -> d.line() == line && d.column() == column).toList();
            if (here.isEmpty()) {
                fail("'" + code + "' in " + file + " expected at " + line + ":" + column + "; got:\n" + this);
            }
            if (here.size() > 1) fail("'" + code + "' reported " + here.size() + " times at " + file + ":" + line + ":" + column + ":\n" + this);
            Diag d = here.get(0);
            assertEquals(severity, d.severity(), () -> "severity of " + d);
            for (String f : fragments) {
                assertTrue(d.message().contains(f), () -> "message of " + d + "\n  should contain: " + f);
            }
            return d;
        }

        /** Fails unless every diagnostic has one of these codes (no unexpected follow-on errors). */
        public Diags onlyCodes(String... codes) {
            List<String> allowed = Arrays.asList(codes);
            List<Diag> other = all.stream().filter(d -> !allowed.contains(d.code())).toList();
            assertTrue(other.isEmpty(), () -> "unexpected diagnostics " + other + "\nall:\n" + this);
            return this;
        }

        public Diags count(int n) {
            assertEquals(n, all.size(), () -> "number of diagnostics:\n" + this);
            return this;
        }

        @Override
        public String toString() {
            return all.stream().map(d -> "  " + d.formatted() + "  [" + d.code() + "]").collect(Collectors.joining("\n"));
        }
    }

    // ---- trees ------------------------------------------------------------------------------------------------

    /** Every regular file under {@code dir} (relative path with '/') with its bytes, sorted; empty when absent. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The folder holds exactly these files with exactly these bytes. */
    public static void assertSameTree(Map<String, byte[]> expected, Path dir) {
        Map<String, byte[]> actual = snapshot(dir);
        assertEquals(expected.keySet(), actual.keySet(), "files under " + dir);
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), actual.get(e.getKey()), "content of " + e.getKey());
        }
    }

    /** No hidden {@code .<name>.staging-…} or {@code .<name>.old-…} folder is left beside an output folder. */
    public static void assertNoStagingLeft(Path parent) {
        if (!Files.isDirectory(parent)) return;
        try (Stream<Path> list = Files.list(parent)) {
            List<String> left = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && (n.contains(".staging-") || n.contains(".old-"))).toList();
            assertTrue(left.isEmpty(), () -> "leftover folders beside the output: " + left);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
