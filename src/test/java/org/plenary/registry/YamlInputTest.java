package org.plenary.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diag;
import org.plenary.build.TestSite.Diags;
import org.plenary.diag.Diagnostics;

/** The registry stage on hostile or broken files: every problem located, nothing crashes, nothing is written. */
class YamlInputTest {
    private static final String X = "data/members/x.yaml";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void yamlSyntaxErrorIsLocatedWhereTheParserStopped() {
        Diags d = site().write(X, "- id: x-y\n  name: X: Y\n  region: afralo\n").rejects();
        d.error("yaml-syntax", X, 2, 10, "invalid YAML", "mapping values are not allowed here");
        d.count(1);
    }

    @Test
    void unclosedFlowListIsLocatedWhereItOpened() {
        Diags d = site().write(X, "id: x-y\nname: [Ann, Bob\nregion: afralo\n").rejects();
        d.error("yaml-syntax", X, 2, 7, "this '[' is not closed", "end the list with ']'");
        d.count(1);
    }

    /** Found by a new user: SnakeYAML's words ("expected <block end>, but found …") told an editor nothing. */
    @Test
    void commonYamlMistakesAreExplainedInAnEditorsWords() {
        TestSite s = site();
        s.write(X, "id: x-y\nname: X # the name\n region: afralo\n").rejects()
                .error("yaml-syntax", X, 3, 2, "indented differently from the lines it belongs with", "line 1, column 1");
        s.write(X, "id: x-y\nname: X\n region: afralo\n").rejects()
                .error("yaml-syntax", X, 3, 8, "indent it as the keys above it", "put the whole value in quotes");
        s.write(X, "id: x-y\nname: \"X\nregion: afralo\n").rejects()
                .error("yaml-syntax", X, 2, 7, "this quote is not closed");
        s.write(X, "id: x-y\nname X\nregion: afralo\n").rejects()
                .error("yaml-syntax", X, 2, 1, "this line has no ':' after its key");
        s.write(X, "id: x-y\nname: {en: X\nregion: afralo\n").rejects()
                .error("yaml-syntax", X, 2, 7, "this '{' is not closed");
    }

    @Test
    void tabIndentationIsReportedAtTheTab() {
        Diags d = site().write(X, "id: x-y\n\tname: X\nregion: afralo\n").rejects();
        d.error("yaml-syntax", X, 2, 1, "a tab character", "replace the tab with spaces");
        d.count(1);
    }

    /** Found by a new user: a tab after {@code country:} was explained as a tab used for indentation. */
    @Test
    void aTabAfterAColonIsExplainedAsSuch() {
        Diags d = site().write(X, "id: x-y\nname: X\nregion:\tafralo\n").rejects();
        d.error("yaml-syntax", X, 3, 8, "a tab character", "between a key's colon and its value");
        d.count(1);
    }

    @Test
    void duplicateKeyInAMappingNamesBothLines() {
        Diags d = site().write(X, "id: x-y\nname: X\nregion: afralo\nname: Y\n").rejects();
        d.error("duplicate-key", X, 4, 1, "'name'", "first at line 2");
        d.count(1);
    }

    @Test
    void aliasIsRefused() {
        Diags d = site().write(X, "id: &who x-y\nname: *who\nregion: afralo\n").rejects();
        d.error("yaml-alias", X, 2, 7, "*who", "not allowed");
        d.count(1); // the file is refused as a whole: no follow-on "missing name" noise
    }

    @Test
    void aliasUsedAsAKeyIsExplainedInWords() { // found by fuzzing (HostileInputFuzzTest, yamlAndValidator)
        Diags d = site().write(X, "*3: x\n").rejects();
        org.junit.jupiter.api.Assertions.assertTrue(d.errors().stream().allMatch(e -> !e.message().contains("org.yaml")
                && !e.message().contains("Event")), d::toString);
        org.junit.jupiter.api.Assertions.assertTrue(d.errors().stream().anyMatch(e -> e.message().contains("alias")), d::toString);
    }

    @Test
    void aParserEchoingAControlCharacterStillGivesAOneLineMessage() { // found by fuzzing: a CR inside a tag
        Diags d = site().write(X, "!%\r\u0500 x\n").rejects(); // rejects() checks every message is one line
        org.junit.jupiter.api.Assertions.assertTrue(d.errors().stream().anyMatch(e -> e.message().contains("\\r")), d::toString);
    }

    @Test
    void billionLaughsIsRefusedFastWithOneError() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++, prev++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ",").append('*').append(prev);
            y.append("]\n");
        }
        TestSite s = site().write(X, y.toString());
        Diags d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> s.rejects());
        d.error("yaml-alias", X, 2, 8, "*a", "81 aliases");
        d.count(1);
        // the reader itself, directly: well under a second, and no tree comes back
        Diagnostics diag = new Diagnostics();
        long t0 = System.nanoTime();
        YamlNode root = new YamlReader().parse(y.toString(), X, diag);
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "parsing took too long");
        assertNull(root);
        assertEquals(1, diag.errorCount());
    }

    @Test
    void latin1ByteIsReportedAtItsLineAndColumn() {
        byte[] head = "id: jose\nname: Jos".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\nregion: afralo\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Diags d = site().writeBytes(X, bytes).rejects();
        d.error("not-utf8", X, 2, 10, "not valid UTF-8", "0xE9", "UTF-8");
        d.count(1);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "Zoë" has a two-byte letter before the bad byte: the column is still the 4th character after "name: ".
        byte[] head = "id: zoe\nname: Zo\u00eb".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        site().writeBytes(X, bytes).rejects().error("not-utf8", X, 2, 10, "0xFF");
    }

    @Test
    void encodedSurrogateIsNotUtf8() {
        // ED A0 80 is U+D800 written as if it were a character (CESU-8): well-formed bytes, invalid UTF-8.
        byte[] head = "id: x-y\nname: ab".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xED;
        bytes[head.length + 1] = (byte) 0xA0;
        bytes[head.length + 2] = (byte) 0x80;
        bytes[head.length + 3] = '\n';
        site().writeBytes(X, bytes).rejects().error("not-utf8", X, 2, 9, "0xED", "offset 16");
    }

    @Test
    void emptyFileIsValidAndHasNoRecords() {
        TestSite s = site().write(X, "");
        s.accepts().count(0);
        s.write(X, "# only a comment\n").accepts().count(0);
        Loaded in = InputStages.run(s.root(), null, false);
        assertTrue(in.ok());
        assertEquals(4, in.community().members().size(), "the mini site's four members, and none from the empty file");
    }

    @Test
    void fileWhoseRootIsAScalarIsRejected() {
        Diags d = site().write(X, "just some text\n").rejects();
        d.error("wrong-type", X, 1, 1, "mapping (one record) or a list", "not a string");
        d.count(1);
    }

    @Test
    void missingSiteYamlIsReported() {
        Diags d = site().delete("data/site.yaml").rejects();
        d.error("missing-file", "data/site.yaml", 0, 0, "data/site.yaml is missing");
        d.count(1);
    }

    @Test
    void twoDocumentsInOneFileAreRejected() {
        Diags d = site().write(X, "id: x-y\nname: X\nregion: afralo\n---\nid: y-z\n").rejects();
        d.error("yaml-syntax", X, 5, 1, "more than one YAML document"); // where the second one starts
        d.count(1);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "id: x-y\nname: X\nregion: afralo\nbio: " + "[".repeat(45) + "]".repeat(45) + "\n";
        Diags d = site().write(X, deep).rejects();
        assertEquals("yaml-too-deep", d.errors().get(0).code(), d::toString);
        assertEquals(X, d.errors().get(0).file());
        assertEquals(4, d.errors().get(0).line());
        d.count(1);
    }

    @Test
    void yaml11BooleanWordsStayStrings() {
        // Norway's ISO code is NO; YAML 1.1 would read it as false.
        TestSite s = site().write(X, "id: ola-nordmann\nname: Yes\nregion: euralo\ncountry: NO\n");
        s.accepts();
        Loaded in = InputStages.run(s.root(), null, false);
        assertEquals("NO", in.community().member("ola-nordmann").country());
        assertEquals("Yes", in.community().member("ola-nordmann").name().get("en", "en"));
    }

    @Test
    void byteOrderMarkAndCrlfAreFine() {
        site().writeBytes(X, "\uFEFFid: x-y\r\nname: X\r\nregion: afralo\r\n".getBytes(StandardCharsets.UTF_8)).accepts().count(0);
    }

    @Test
    void readerKeepsPositionsAndRawScalarText() {
        Diagnostics diag = new Diagnostics();
        YamlNode root = new YamlReader().parse("a: 3150.40\nb:\n  - 2017-01-05\n  - ~\nc: {d: 012}\n", "f.yaml", diag);
        assertTrue(diag.isEmpty(), diag.all()::toString);
        YamlMap m = assertInstanceOf(YamlMap.class, root);
        YamlScalar a = assertInstanceOf(YamlScalar.class, m.get("a"));
        assertEquals("3150.40", a.text(), "decimals keep trailing zeros");
        assertEquals(YamlScalar.Kind.DECIMAL, a.kind());
        assertEquals(1, a.location().line());
        assertEquals(4, a.location().column());
        YamlList b = assertInstanceOf(YamlList.class, m.get("b"));
        assertEquals("2017-01-05", ((YamlScalar) b.items().get(0)).text());
        assertEquals(3, b.items().get(0).location().line());
        assertEquals(5, b.items().get(0).location().column());
        assertTrue(((YamlScalar) b.items().get(1)).isNull());
        assertEquals(5, m.entries().get("c").keyLocation().line());
    }
}
