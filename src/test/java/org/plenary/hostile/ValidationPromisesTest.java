package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;
import org.plenary.build.TestSite.Run;

/**
 * "Every problem at once, one root cause → one message" (SPEC §4), as the issue on hostile input found it broken:
 * one error hiding a record's others, a parse failure producing false dangling references elsewhere, codes written
 * as communities write them, language tags and country codes checked against the ISO registries, and a draw that
 * cannot be recomputed as recorded.
 */
class ValidationPromisesTest {
    private static final String X = "data/members/x.yaml";
    private static final String PEOPLE = "data/members/people.yaml";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void anUnknownKeyDoesNotHideTheRecordsOtherErrors() {
        Diags d = site().write(X, """
                id: jane-doe
                name: Jane Doe
                favourite: blue
                region: nowhere
                country: XX
                participation:
                  - {workgroup: no-such-group, from: 2015-01-01}
                """).rejects();
        d.error("unknown-key", X, 3, 1, "'favourite'");
        d.error("dangling-reference", X, 4, 9, "member 'jane-doe' refers to unknown region 'nowhere'",
                "(the regions of data/site.yaml: afralo, ");
        d.error("bad-value", X, 5, 10, "ISO 3166-1 alpha-2", "'XX'");
        d.error("dangling-reference", X, 7, 17, "participation refers to unknown workgroup 'no-such-group'");
        d.count(4);
    }

    @Test
    void aRecordDroppedForOneErrorStillHasItsReferencesChecked() {
        Diags d = site().write(X, "id: jane-doe\nregion: afralo\nparticipation:\n  - {workgroup: nope, from: 2015-01-01}\n").rejects();
        d.error("missing-key", X, 1, 1, "missing required key 'name'");
        d.error("dangling-reference", X, 4, 17, "unknown workgroup 'nope'");
        d.count(2);
    }

    @Test
    void referencesToARecordRejectedForItsOwnErrorAreNotASecondError() {
        // jean-dupont loses its name: one error there, none in the travel file and draw that name jean-dupont.
        Diags d = site().replace(PEOPLE, "  name: {en: Jean Dupont, ar: جان دوبون}\n", "").rejects();
        d.error("missing-key", PEOPLE, 13, 3, "missing required key 'name'");
        d.count(1);
    }

    @Test
    void aFileThatFailsToParseDoesNotMakeFalseDanglingReferences() {
        // A tab in the members file: its records are unknown, so the travel records, the advice penholder and the
        // draw pool that name them are held back, with one warning, instead of "unknown member" in every file.
        Diags d = site().replace(PEOPLE, "  kind: individual\n", "\tkind: individual\n").rejects();
        d.onlyCodes("yaml-syntax", "unchecked-references");
        assertEquals(1, d.withCode("yaml-syntax").size(), d::toString);
        Diags warnings = new Diags(d.warnings());
        warnings.warning("unchecked-references", PEOPLE, 0, 0, "to members not checked because this file could not be read");
        warnings.count(1);
    }

    @Test
    void aParseFailureHoldsBackOnlyReferencesToItsOwnRegistry() {
        Diags d = site().replace(PEOPLE, "  kind: individual\n", "\tkind: individual\n")
                .replace("data/travel/icann58.yaml", "programme: fellowship, status: declined", "programme: fellowshp, status: declined")
                .rejects();
        d.error("dangling-reference", "data/travel/icann58.yaml", 5, 38, "unknown programme 'fellowshp'");
    }

    @Test
    void regionCodesMatchCaseInsensitively() {
        TestSite s = site().replace(PEOPLE, "region: afralo\n  country: SN", "region: AFRALO\n  country: SN")
                .replace("data/site.yaml", "{code: euralo,", "{code: EURALO,");
        s.accepts().count(0);
        Run b = s.build(s.beside("out"), "--links", "internal");
        assertEquals(0, b.exitCode(), b::toString);
        String members = TestSite.snapshot(s.beside("out")).entrySet().stream()
                .filter(e -> e.getKey().equals("en/members/index.html")).map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        assertTrue(members.contains("Amina Diallo"), "the member written AFRALO is listed under Africa");
    }

    @Test
    void regionCodesDifferingOnlyInCaseAreOneRegion() {
        Diags d = site().replace("data/site.yaml", "  - {code: euralo,", "  - {code: AFRALO, name: Again}\n  - {code: euralo,").rejects();
        d.error("duplicate-id", "data/site.yaml", 10, 12, "region 'AFRALO' is listed twice");
        d.count(1);
    }

    @Test
    void countryCodesAreCheckedAgainstIso3166AndAcceptedInAnyCase() {
        site().replace(PEOPLE, "country: SN", "country: sn").accepts().count(0);
        Diags d = TestSite.mini(tmp.resolve("uk")).replace(PEOPLE, "country: FR", "country: UK").rejects();
        d.error("bad-value", PEOPLE, 16, 12, "'UK'", "did you mean 'GB'?");
        d.count(1);
    }

    @Test
    void languageTagsAreCheckedAgainstTheRegistriesWithSuggestions() {
        String ar = "  - {code: ar, name: العربية, direction: rtl}\n";
        Diags cn = site().replace("data/site.yaml", ar, ar + "  - {code: cn, name: 中文}\n").rejects();
        cn.error("bad-language", "data/site.yaml", 8, 12, "'cn'", "country code of China", "did you mean 'zh'?");
        cn.count(1);
        // One message for the tag, none for the texts written in it.
        Diags cnText = TestSite.mini(tmp.resolve("cn")).replace("data/site.yaml", ar, ar + "  - {code: cn, name: 中文}\n")
                .replace("data/site.yaml", "ar: مجتمع صغير}", "ar: مجتمع صغير, cn: 迷你社区}").rejects();
        cnText.error("bad-language", "data/site.yaml", 8, 12, "'cn'");
        cnText.count(1);
        Diags uk = TestSite.mini(tmp.resolve("uk")).replace("data/site.yaml", ar, ar + "  - {code: en-UK, name: British}\n").rejects();
        uk.error("bad-language", "data/site.yaml", 8, 12, "'en-UK'", "did you mean 'en-GB'?");
        Diags iw = TestSite.mini(tmp.resolve("iw")).replace("data/site.yaml", ar, ar + "  - {code: iw, name: Hebrew}\n").rejects();
        iw.error("bad-language", "data/site.yaml", 8, 12, "did you mean 'he'?");
        Diags bad = TestSite.mini(tmp.resolve("bad")).replace("data/site.yaml", ar, ar + "  - {code: 'en_', name: X}\n").rejects();
        bad.error("bad-language", "data/site.yaml", 8, 12, "not a well-formed BCP 47 language tag");
    }

    @Test
    void languageTagsAreCaseInsensitive() {
        TestSite s = site().replace("data/site.yaml", "{code: en, name: English", "{code: EN, name: English")
                .replace("data/site.yaml", "default_language: en", "default_language: En");
        s.accepts().count(0);
        Run b = s.build(s.beside("out"), "--links", "internal");
        assertEquals(0, b.exitCode(), b::toString);
        String home = new String(TestSite.snapshot(s.beside("out")).get("en/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(home.contains("<html lang=\"en\""), "EN is published as en");
        assertTrue(home.contains("hreflang=\"en\""), home);
    }

    @Test
    void drawVerifyByIdRefusesARecordItCannotRecompute() {
        TestSite s = site().replace("data/draws/rapporteurs-2019.yaml", "values: [9319]", "values: [9319, 0x1F]");
        Run r = TestSite.run("draw", "verify", "--root", s.root().toString(), "rapporteurs-2019");
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("data/draws/rapporteurs-2019.yaml:8:61: error:"), r::toString);
        assertTrue(r.err().contains("'0x1F'"), r::toString);
        assertFalse(r.out().contains("MATCH") || r.err().contains("MATCH") || r.err().contains("does not match"), r::toString);
        // validate and build say the same, once, and nothing about the draw's result
        Diags d = s.rejects();
        d.error("bad-value", "data/draws/rapporteurs-2019.yaml", 8, 61, "'0x1F'");
        d.count(1);
    }

    @Test
    void drawVerifyOfASourceWithoutANameIsRefusedToo() {
        TestSite s = site().replace("data/draws/rapporteurs-2019.yaml", "{name: Lottery A, published", "{published");
        Run r = TestSite.run("draw", "verify", "--root", s.root().toString(), "rapporteurs-2019");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("missing required key 'name'"), r::toString);
    }

    @Test
    void voteCountsNearTheIntegerLimitDoNotWrapAround() {
        Diags d = site().replace("data/advice/st-0117.yaml", "vote: {for: 12, against: 0, abstain: 1, group_size: 15}",
                "vote: {for: 2147483647, against: 2147483647, abstain: 2, group_size: 15}").rejects();
        d.error("bad-value", "data/advice/st-0117.yaml", 7, 7, "exceed group_size 15");
    }

    @Test
    void requiredValuesMustNotBeEmpty() {
        Diags d = site().write(X, "id: jane-doe\nname: '  '\nregion: afralo\n").rejects();
        d.error("empty-value", X, 2, 7, "'name' must not be empty");
        d.count(1);
        Diags t = TestSite.mini(tmp.resolve("t")).write(X, "id: jane-doe\nname: {en: Jane, fr: ''}\nregion: afralo\n").rejects();
        t.error("empty-value", X, 2, 22, "'name.fr' is empty");
    }
}
