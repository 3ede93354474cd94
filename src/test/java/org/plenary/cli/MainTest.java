package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
