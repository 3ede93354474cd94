package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;

/** The command-line contract of SPEC §4/§6: exit codes, one-line messages, the text and JSON formats. */
class MainTest {
    private static final Pattern TEXT_LINE = Pattern.compile("[^:\\s][^:]*(:\\d+:\\d+)?: (error|warning): \\S.*");

    @TempDir
    Path tmp;

    /** Found by a new user: {@code plenary build --help} said "Unknown option: '--help' (see 'plenary build --help')". */
    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        List<List<String>> commands = new ArrayList<>();
        collect(new picocli.CommandLine(new Main()), new ArrayList<>(), commands);
        assertTrue(commands.size() >= 13, commands::toString);
        for (List<String> command : commands) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(command);
                args.add(flag);
                Run r = TestSite.run(args.toArray(String[]::new));
                assertEquals(0, r.exitCode(), () -> args + "\n" + r);
                assertTrue(r.out().startsWith("Usage: plenary"), () -> args + "\n" + r);
                assertEquals("", r.err(), () -> args + "\n" + r);
            }
        }
    }

    private static void collect(picocli.CommandLine c, List<String> path, List<List<String>> into) {
        for (var e : c.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || !e.getValue().getCommandName().equals(e.getKey())) continue;
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            into.add(sub);
            collect(e.getValue(), sub, into);
        }
    }

    @Test
    void theBuildSummaryNamesAnOutputFolderOutsideTheWorkingFolderInFull() {
        TestSite site = TestSite.mini(tmp.resolve("root")); // a copy: a build writes its caches under the root
        Path out = tmp.resolve("published");
        Run r = TestSite.run("build", "--root", site.root().toString(), "--out", out.toString(), "--links", "off");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains(" into " + out.toAbsolutePath().normalize() + "/ in "), r::toString);
    }

    @Test
    void noCommandShowsTheUsageAndAnUnknownOneListsTheCommands() {
        Run none = TestSite.run();
        assertEquals(2, none.exitCode(), none::toString);
        assertTrue(none.err().startsWith("Usage: plenary"), none::toString);
        assertTrue(none.err().contains("build") && none.err().contains("search"), none::toString);
        Run bogus = TestSite.run("bogus");
        assertEquals(2, bogus.exitCode(), bogus::toString);
        assertTrue(bogus.err().startsWith("plenary: 'bogus' is not a command of 'plenary'; commands: build, validate,"),
                bogus::toString);
    }

    @Test
    void validateCleanSite() {
        Run r = TestSite.run("validate", "--root", TestSite.MINI.toString());
        r.assertNoStackTrace();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("0 error(s), 0 warning(s)", r.err().strip(), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void validateJsonIsOnlyJson() {
        Run r = TestSite.run("validate", "--root", TestSite.MINI.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("[ ]", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void textFormatIsOneLinePerProblemThenASummary() {
        TestSite s = TestSite.mini(tmp)
                .write("data/members/x.yaml", "id: Bad_Id\nname: X\nregoin: afralo\n")
                .write("content/en/notes.md", "no title\n")
                .write("content/xx/page.md", "---\ntitle: X\n---\n");
        Run r = TestSite.run("validate", "--root", s.root().toString());
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        String[] lines = r.err().strip().split("\\R");
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            assertTrue(TEXT_LINE.matcher(line).matches(), () -> "not 'path:line:column: severity: message': " + line + "\n" + r);
        }
        assertEquals("4 error(s), 0 warning(s)", lines[lines.length - 1]);
        assertTrue(r.err().contains("data/members/x.yaml:1:5: error: 'id' must be a lower-case slug"), r::toString);
        assertTrue(r.err().contains("data/members/x.yaml:3:1: error: unknown key 'regoin' in member (did you mean 'region'?)"),
                r::toString);
        assertTrue(r.err().contains("content/xx/page.md: error: content folder 'xx'"), r::toString);
        // sorted by file, then line
        assertTrue(r.err().indexOf("content/en/notes.md") < r.err().indexOf("content/xx/page.md"), r::toString);
        assertTrue(r.err().indexOf("x.yaml:1:5") < r.err().indexOf("x.yaml:3:1"), r::toString);
    }

    @Test
    void buildFailureSaysNothingWasWritten() {
        TestSite s = TestSite.mini(tmp).write("data/members/x.yaml", "id: x\n\tname: X\n");
        Path out = tmp.resolve("out");
        Run r = TestSite.run("build", "--root", s.root().toString(), "--out", out.toString());
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("data/members/x.yaml:2:1: error: invalid YAML"), r::toString);
        assertTrue(r.err().contains("build failed: 1 error(s); nothing was written"), r::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void rootThatIsNotASite() {
        Run missing = TestSite.run("validate", "--root", tmp.resolve("nowhere").toString());
        missing.assertNoStackTrace();
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("is not a folder"), missing::toString);

        Run noData = TestSite.run("build", "--root", tmp.toString());
        noData.assertNoStackTrace();
        assertEquals(2, noData.exitCode(), noData::toString);
        assertTrue(noData.err().contains("has no data/ folder"), noData::toString);
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void unknownOptionIsOneLine() {
        Run r = TestSite.run("validate", "--root", TestSite.MINI.toString(), "--fromat", "json");
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().contains("--fromat"), r::toString);
    }

    @Test
    void badLinksMode() {
        Path out = tmp.resolve("o");
        Run r = TestSite.run("build", "--root", TestSite.MINI.toString(), "--out", out.toString(), "--links", "some");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--links must be internal, external or off"), r::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        TestSite s = TestSite.mini(tmp).replace("data/travel/icann58.yaml", "applications:",
                "  - {member: zhang-wei, programme: alac-ralo-leaders, status: funded}\n"
                        + "  - {member: jean-dupont, programme: alac-ralo-leaders, status: funded}\napplications:");
        Run lenient = TestSite.run("validate", "--root", s.root().toString());
        assertEquals(0, lenient.exitCode(), lenient::toString);
        assertTrue(lenient.err().contains("data/travel/icann58.yaml:7:5: warning: programme 'alac-ralo-leaders'"),
                lenient::toString);
        Run strict = TestSite.run("validate", "--root", s.root().toString(), "--strict");
        assertEquals(2, strict.exitCode(), strict::toString);
        assertTrue(strict.err().contains("data/travel/icann58.yaml:7:5: error: programme 'alac-ralo-leaders'"), strict::toString);
        assertTrue(strict.err().contains("1 error(s), 0 warning(s)"), strict::toString);
    }
}
