package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;
import org.plenary.registry.UnsafeText;

/**
 * Invisible characters that change what a reader sees or what a program does with a text (control characters,
 * noncharacters, bidirectional overrides and isolates) are refused at their line and column in every input file;
 * bidirectional marks in names earn a warning.
 */
class CharactersTest {
    private static final String X = "data/members/x.yaml";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void theQuickLookAtTheBytesMissesNoRefusedCodePointAndPassesOrdinaryText() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue; // not encodable in UTF-8
            byte[] utf8 = ("a" + new String(Character.toChars(cp)) + "b").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (UnsafeText.isRefused(cp)) {
                int c = cp;
                assertTrue(UnsafeText.mayHoldRefused(utf8), () -> UnsafeText.describe(c) + " passed the quick look");
            }
        }
        String ordinary = "name: Élection\u00A0« ouverte » — “quoted” ‘x’ … 中文，标点。 العربية \u200F Русский ‰\t\r\n";
        assertEquals(false, UnsafeText.mayHoldRefused(ordinary.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aReplacementCharacterOfTheFilesOwnIsText() {
        site().write(X, "id: jane-doe\nname: Jane \uFFFD Doe\nregion: afralo\n").accepts();
    }

    @Test
    void controlCharacterInANameIsRefusedAtItsColumn() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane\u0007 Doe\nregion: afralo\n").rejects();
        d.error("unsafe-character", X, 2, 11, "U+0007 (BEL)");
        d.count(1);
    }

    @Test
    void noncharacterIsRefused() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\uFFFF\nregion: afralo\n").rejects();
        d.error("unsafe-character", X, 2, 15, "U+FFFF");
        d.count(1);
    }

    @Test
    void bidiOverrideInATitleIsRefusedAndTheRestOfTheFileStillChecked() {
        Diags d = site().write(X, "id: jane-doe\nname: \u202EeoD enaJ\nregion: nowhere\n").rejects();
        d.error("unsafe-character", X, 2, 7, "U+202E (RIGHT-TO-LEFT OVERRIDE)", "another order");
        d.error("dangling-reference", X, 3, 9, "unknown region 'nowhere'");
        d.count(2);
    }

    @Test
    void bidiIsolateWrittenAsAnEscapeIsRefusedAtItsValue() {
        Diags d = site().write(X, "id: jane-doe\nname: \"Jane \\u2067Doe\"\nregion: afralo\n").rejects();
        d.error("unsafe-character", X, 2, 7, "U+2067", "written as an escape");
        d.count(1);
    }

    @Test
    void controlCharacterWrittenAsAnEscapeIsRefused() {
        Diags d = site().write(X, "id: jane-doe\nname: \"Jane\\aDoe\"\nregion: afralo\n").rejects();
        d.error("unsafe-character", X, 2, 7, "U+0007", "written as an escape");
        d.count(1);
    }

    @Test
    void controlCharacterInMarkdownIsRefusedAtItsLine() {
        Diags d = site().write("content/en/about.md", "---\ntitle: About\n---\nHello\n\nWorld\u001B[31m red\n").rejects();
        d.error("unsafe-character", "content/en/about.md", 6, 6, "U+001B");
    }

    @Test
    void bidiMarkInANameIsOnlyAWarning() {
        TestSite s = site().write(X, "id: jane-doe\nname: {en: Jane Doe, ar: \"\u200Fجين دو\"}\nregion: afralo\n");
        Diags d = s.accepts();
        d.warning("bidi-mark", X, 2, 26, "U+200F (RIGHT-TO-LEFT MARK)");
        d.count(1);
        assertEquals(2, s.validate("--strict").exitCode(), "--strict makes it an error");
    }

    @Test
    void tabsNewlinesAndCrlfAreFine() {
        site().write(X, "id: jane-doe\r\nname: \"Jane\\tDoe\"\r\nregion: afralo\r\nbio: |\r\n  line one\r\n  line two\r\n").accepts().count(0);
    }

    @Test
    void namesAreIsolatedWithBdiInPages() throws Exception {
        TestSite s = site().write(X, "id: jane-doe\nname: {en: Jane Doe, ar: جين دو}\nregion: afralo\n");
        assertEquals(0, s.build(s.beside("out"), "--links", "off").exitCode());
        String directory = java.nio.file.Files.readString(s.beside("out").resolve("ar/members/index.html"));
        assertTrue(directory.contains("<bdi>جين دو</bdi>"), "the directory isolates names");
        String profile = java.nio.file.Files.readString(s.beside("out").resolve("en/members/jane-doe/index.html"));
        assertTrue(profile.contains("<bdi>Jane Doe</bdi>"), "the profile isolates the name");
    }
}
