package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;

/** {@code plenary init DIR}: a new site that builds with no warning and no broken link, every field explained. */
class InitCommandTest {
    private static final Pattern MODELINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(?:- )?([a-z_]+):(.*)$");

    @TempDir
    Path tmp;

    private Run init(Object... args) {
        String[] a = new String[args.length + 1];
        a[0] = "init";
        for (int i = 0; i < args.length; i++) a[i + 1] = args[i].toString();
        return TestSite.run(a);
    }

    private Run buildClean(Path root) {
        Run b = TestSite.run("build", "--root", root.toString());
        b.assertNoStackTrace();
        assertEquals(0, b.exitCode(), b::toString);
        assertTrue(b.out().contains("; 0 warning(s); links: "), b::toString);
        assertTrue(b.out().contains(", 0 broken"), b::toString);
        return b;
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(Files.readString(root.resolve("site").resolve(path + "index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aNewSiteBuildsWithoutWarningsOrBrokenLinks() throws IOException {
        Path root = tmp.resolve("mysite");
        Run r = init(root, "--languages", "en,fr,ar");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("plenary build --root " + root), r::toString);
        Run v = TestSite.run("validate", "--root", root.toString());
        assertEquals(0, v.exitCode(), v::toString);
        assertEquals("0 error(s), 0 warning(s)", v.err().strip(), v::toString);
        buildClean(root);

        for (String lang : List.of("en", "fr", "ar")) {
            Document home = page(root, lang + "/");
            assertEquals(lang, home.selectFirst("html").attr("lang"));
            assertTrue(page(root, lang + "/about/").selectFirst("h1") != null, lang + " about page");
            assertTrue(Files.exists(root.resolve("site/" + lang + "/members/amina-diallo/index.html")));
            assertTrue(Files.exists(root.resolve("site/" + lang + "/draws/rapporteur-2024/index.html")));
            assertTrue(Files.exists(root.resolve("site/" + lang + "/advice/al-st-0624-01/index.html")));
            assertTrue(Files.exists(root.resolve("site/" + lang + "/travel/icann80/index.html")));
            assertTrue(Files.exists(root.resolve("site/" + lang + "/travel/programmes/community-travel/index.html")));
        }
        assertEquals("rtl", page(root, "ar/").selectFirst("html").attr("dir"));
        assertEquals("À propos de nous", page(root, "fr/about/").selectFirst("h1").text());
        // Texts come in each language: no "not translated" notice on the French profile.
        assertTrue(page(root, "fr/members/amina-diallo/").select(".notice").isEmpty());
        // Private data never reaches the site.
        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("amina@example.org"), f::toString);
            }
        }
        // The draw verifies with the command people are told to use.
        Run verify = TestSite.run("draw", "verify", "--root", root.toString(), "rapporteur-2024");
        assertEquals(0, verify.exitCode(), verify::toString);
    }

    @Test
    void anyLanguagesBuildTheOnesWithoutExampleTextsInEnglish() throws IOException {
        Path root = tmp.resolve("s");
        Run r = init(root, "--languages", "de,en,fr,es,pt,zh,ar,ru,he");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("no interface strings in de, he"), r::toString);
        buildClean(root);
        String site = Files.readString(root.resolve("data/site.yaml"));
        assertTrue(site.contains("default_language: de"), site);
        assertTrue(site.contains("{code: de, name: Deutsch, direction: ltr}"), site);
        assertTrue(site.contains("{code: he, name: עברית, direction: rtl}"), site);
        assertTrue(site.contains("{code: zh, name: 中文, direction: ltr}"), site);
        assertEquals("rtl", page(root, "he/").selectFirst("html").attr("dir"));
        assertTrue(Files.readString(root.resolve("content/de/about.md")).contains("title: About us"));
    }

    @Test
    void oneLanguageGivesPlainTexts() throws IOException {
        Path root = tmp.resolve("s");
        assertEquals(0, init(root).exitCode());
        assertTrue(Files.readString(root.resolve("data/site.yaml")).contains("\ntitle: Our Community   # required"));
        assertTrue(Files.readString(root.resolve("data/workgroups.yaml")).contains("  name: Policy Working Group   #"));
        buildClean(root);
    }

    @Test
    void everyYamlFileNamesItsSchemaAndExplainsEveryField() throws IOException {
        Path root = tmp.resolve("s");
        assertEquals(0, init(root, "--languages", "en,fr").exitCode());
        List<Path> yaml;
        try (Stream<Path> s = Files.walk(root.resolve("data"))) {
            yaml = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(9, yaml.size(), yaml::toString);
        Map<String, String> expected = Map.of("site.yaml", "site", "workgroups.yaml", "workgroups", "meetings.yaml", "meetings",
                "programmes.yaml", "programmes");
        for (Path f : yaml) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            Matcher m = MODELINE.matcher(lines.get(0));
            assertTrue(m.matches(), () -> f + " does not start with the schema line: " + lines.get(0));
            Path schema = f.getParent().resolve(m.group(1)).normalize();
            String registry = expected.getOrDefault(f.getFileName().toString(), root.resolve("data").relativize(f).getName(0).toString());
            assertEquals(root.resolve("schema/" + registry + ".schema.json"), schema, f::toString);
            assertTrue(Files.isRegularFile(schema), () -> schema + " is not written");
            // What the editor then does with the file: no complaint about the example.
            String rel = root.relativize(f).toString().replace('\\', '/');
            assertEquals(List.of(), org.plenary.schema.EditorValidator.validate(rel, Files.readString(f)).stream()
                    .map(Object::toString).toList(), rel);
            if (f.getFileName().toString().equals("jonas-berg.yaml")) continue; // the minimal example, on purpose
            String privateIndent = null;
            for (String line : lines) {
                Matcher k = KEY_LINE.matcher(line);
                if (!k.matches()) continue;
                String key = k.group(2);
                if (Set.of("en", "fr").contains(key)) continue; // the languages of a translatable text
                if (privateIndent != null && k.group(1).length() > privateIndent.length()) continue; // free notes
                privateIndent = key.equals("private") ? k.group(1) : null;
                assertTrue(line.contains("#") || isSectionWithComment(lines, line),
                        () -> f.getFileName() + ": field '" + key + "' has no comment: " + line);
            }
        }
    }

    /** A top-level section ({@code languages:}, {@code rules:}) explained in the comment lines just above it. */
    private static boolean isSectionWithComment(List<String> lines, String line) {
        int i = lines.indexOf(line);
        return i > 0 && lines.get(i - 1).startsWith("#");
    }

    @Test
    void refusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
        Path root = tmp.resolve("busy");
        Files.createDirectories(root);
        Files.writeString(root.resolve("notes.txt"), "mine");
        Run r = init(root);
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is not empty") && r.err().contains("--force"), r::toString);
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(1, s.count(), "nothing written");
        }
        Run forced = init(root, "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertEquals("mine", Files.readString(root.resolve("notes.txt")));
        assertTrue(Files.exists(root.resolve("data/site.yaml")));
    }

    @Test
    void refusesAFileAndUnknownOrRepeatedLanguages() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertEquals(2, init(file).exitCode());
        for (String[] c : List.of(new String[] {"en,xx", "'xx' does not start with an ISO 639"}, new String[] {"en-UK", "en-GB"},
                new String[] {"en,fr,EN", "listed twice"})) {
            Path root = tmp.resolve("l" + Math.abs(c[0].hashCode()));
            Run r = init(root, "--languages", c[0]);
            r.assertNoStackTrace();
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains(c[1]), r::toString);
            assertFalse(Files.exists(root), "nothing written for " + c[0]);
        }
    }

    @Test
    void initIsDeterministic() throws IOException {
        assertEquals(0, init(tmp.resolve("a"), "--languages", "fr,en").exitCode());
        assertEquals(0, init(tmp.resolve("b"), "--languages", "fr,en").exitCode());
        TestSite.assertSameTree(TestSite.snapshot(tmp.resolve("a")), tmp.resolve("b"));
    }
}
