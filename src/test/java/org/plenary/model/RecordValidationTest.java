package org.plenary.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;

/** Typed reading of records (SPEC §2, §4): keys, types, dates, enums, ids, date order, languages, votes. */
class RecordValidationTest {
    private static final String X = "data/members/x.yaml";
    private static final String ADVICE = "data/advice/st-0117.yaml";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void unknownKeySuggestsTheNearestKnownKey() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregoin: afralo\nregion: afralo\n").rejects();
        d.error("unknown-key", X, 3, 1, "unknown key 'regoin' in member", "did you mean 'region'?");
        d.count(1);
    }

    @Test
    void misspeltRequiredKeyIsReportedOnceNotAlsoAsMissing() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregoin: afralo\n").rejects();
        d.error("unknown-key", X, 3, 1, "unknown key 'regoin' in member", "did you mean 'region'?");
        d.count(1);
    }

    @Test
    void misspeltRequiredFieldKeyIsReportedOnceNotAlsoAsMissing() {
        Diags d = site().write(X, "id: jane-doe\nnmae: Jane Doe\nregion: afralo\n").rejects();
        d.error("unknown-key", X, 2, 1, "unknown key 'nmae' in member", "did you mean 'name'?");
        d.count(1);
    }

    @Test
    void absentRequiredKeyWithAnUnrelatedUnknownKeyIsStillMissing() {
        Diags d = site().write(X, "id: jane-doe\nregion: afralo\nfavourite_colour: blue\n").rejects();
        d.error("missing-key", X, 1, 1, "member is missing required key 'name'");
        d.error("unknown-key", X, 3, 1, "'favourite_colour'");
        d.count(2);
    }

    @Test
    void unknownKeyFarFromAnyKnownOneHasNoSuggestion() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\nfavourite_colour: blue\n").rejects();
        Diags only = d.onlyCodes("unknown-key");
        only.error("unknown-key", X, 4, 1, "'favourite_colour'");
        org.junit.jupiter.api.Assertions.assertFalse(d.errors().get(0).message().contains("did you mean"), d::toString);
    }

    @Test
    void listWhereStringExpected() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\nsort_name: [Doe, Jane]\n").rejects();
        d.error("wrong-type", X, 4, 12, "'sort_name' must be a string, not a list");
        d.count(1);
    }

    @Test
    void stringWhereIntegerExpected() {
        Diags d = site().write("data/programmes/extra.yaml", "id: extra\nname: Extra\nslots_per_meeting: two\n").rejects();
        d.error("wrong-type", "data/programmes/extra.yaml", 3, 20, "'slots_per_meeting' must be a whole number", "'two'");
        d.count(1);
    }

    @Test
    void hexadecimalWhereIntegerExpected() {
        Diags d = site().write("data/programmes/extra.yaml", "id: extra\nname: Extra\nslots_per_meeting: 0x0A\n").rejects();
        d.error("wrong-type", "data/programmes/extra.yaml", 3, 20, "written in decimal", "'0x0A'");
        d.count(1);
    }

    @Test
    void integerTooLarge() {
        Diags d = site().write("data/programmes/extra.yaml", "id: extra\nname: Extra\nslots_per_meeting: 99999999999\n").rejects();
        d.error("out-of-range", "data/programmes/extra.yaml", 3, 20, "too large");
        d.count(1);
    }

    @Test
    void mappingWhereTranslatableTextExpected() {
        Diags d = site().write(X, "id: jane-doe\nname: [Jane, Doe]\nregion: afralo\n").rejects();
        d.error("wrong-type", X, 2, 7, "'name' must be a string or a mapping of language codes");
        d.count(1);
    }

    @Test
    void impossibleDateIsRejected() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\njoined: 2021-02-30\n").rejects();
        d.error("bad-date", X, 4, 9, "'joined' is not a valid date", "2021-02-30", "(2021-02 has 28 days)");
        d.count(1);
    }

    @Test
    void aMonthThatDoesNotExistIsNamed() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\njoined: 2021-13-01\n").rejects();
        d.error("bad-date", X, 4, 9, "'joined' is not a valid date", "(there is no month 13)");
    }

    @Test
    void aDateInAnotherFormatIsShownTheFormat() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\njoined: 1/2/2021\n").rejects();
        d.error("bad-date", X, 4, 9, "'joined' is not a valid date", "(expected YYYY-MM-DD)");
    }

    @Test
    void wordForADateIsRejected() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\njoined: yesterday\n").rejects();
        d.error("bad-date", X, 4, 9, "'yesterday'", "YYYY-MM-DD");
        d.count(1);
    }

    @Test
    void badEnumValueSuggestsTheNearestValue() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\nkind: indivdual\n").rejects();
        d.error("bad-value", X, 4, 7, "'kind' must be one of individual, organization", "'indivdual'",
                "did you mean 'individual'?");
        d.count(1);
    }

    @Test
    void duplicateIdAcrossFilesNamesTheFirstPlace() {
        Diags d = site().write(X, "id: amina-diallo\nname: Another Amina\nregion: afralo\n").rejects();
        d.error("duplicate-id", X, 1, 5, "member id 'amina-diallo' is already used at data/members/people.yaml:1:7");
        d.count(1);
    }

    @Test
    void duplicateIdIgnoresCaseForUrlIds() {
        // Meeting ids become lower-cased URLs (/en/travel/icann58/): ICANN58 and icann58 would collide.
        Diags d = site().write("data/meetings/more.yaml",
                "- {id: icann58, number: 58, city: X, start: 2017-03-11, end: 2017-03-16}\n").rejects();
        d.error("duplicate-id", "data/meetings/more.yaml", 1, 8, "'icann58' is already used at data/meetings.yaml:1:8");
    }

    @Test
    void badIdSyntax() {
        Diags d = site().write(X, "id: Jane_Doe\nname: Jane Doe\nregion: afralo\n").rejects();
        d.error("bad-id", X, 1, 5, "lower-case slug", "'Jane_Doe'");
        d.count(1);
    }

    @Test
    void missingRequiredKeyIsReportedAtTheRecord() {
        Diags d = site().write(X, "- id: jane-doe\n  region: afralo\n").rejects();
        d.error("missing-key", X, 1, 3, "member is missing required key 'name'");
        d.count(1);
    }

    @Test
    void leftBeforeJoined() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\njoined: 2019-01-01\nleft: 2018-01-01\n")
                .rejects();
        d.error("date-order", X, 5, 7, "'left' (2018-01-01) is before 'joined' (2019-01-01)");
        d.count(1);
    }

    @Test
    void periodEndingBeforeItStarts() {
        Diags d = site().write(X, "id: jane-doe\nname: Jane Doe\nregion: afralo\nparticipation:\n"
                + "  - {workgroup: cpwg, from: 2019-05-01, to: 2019-01-01}\n"
                + "roles:\n"
                + "  - role: alac-member\n    from: 2020-01-01\n    to: 2019-12-31\n").rejects();
        d.error("date-order", X, 5, 45, "'to' (2019-01-01) is before 'from' (2019-05-01)");
        d.error("date-order", X, 9, 9, "'to' (2019-12-31) is before 'from' (2020-01-01)");
        assertEquals(2, d.errors().size(), d::toString);
    }

    @Test
    void commentCloseBeforeCommentOpen() {
        Diags d = site().replace(ADVICE, "comment_close: 2017-01-20", "comment_close: 2017-01-02").rejects();
        d.error("date-order", ADVICE, 5, 50, "'comment_close' (2017-01-02) is before 'comment_open' (2017-01-05)");
        d.count(1);
    }

    @Test
    void meetingEndingBeforeItStarts() {
        Diags d = site().replace("data/meetings.yaml", "end: 2017-06-29", "end: 2017-06-20").rejects();
        d.error("date-order", "data/meetings.yaml", 2, 86, "'end' (2017-06-20) is before 'start' (2017-06-26)");
        d.count(1);
    }

    @Test
    void translationInALanguageNotInSiteYaml() {
        Diags d = site().write(X, "id: jane-doe\nname: {en: Jane Doe, xx: Jane Xx}\nregion: afralo\n").rejects();
        d.error("unknown-language", X, 2, 22, "language 'xx' in 'name' is not configured in data/site.yaml");
        d.count(1);
    }

    @Test
    void languageTypoSuggestsAConfiguredOne() {
        Diags d = site().replace(ADVICE, "fr: L'ALAC soutient", "fe: L'ALAC soutient").rejects();
        d.error("unknown-language", ADVICE, 10, 48, "'fe'", "did you mean");
    }

    @Test
    void defaultLanguageMustBeConfigured() {
        Diags d = site().replace("data/site.yaml", "default_language: en", "default_language: de").rejects();
        d.error("unknown-language", "data/site.yaml", 3, 19, "default_language 'de' is not one of the languages");
    }

    @Test
    void voteCountsExceedingTheGroup() {
        Diags d = site().replace(ADVICE, "for: 12", "for: 15").rejects();
        d.error("bad-value", ADVICE, 7, 7, "vote counts 15+0+1 exceed group_size 15");
        d.count(1);
    }

    @Test
    void negativeVoteCount() {
        Diags d = site().replace(ADVICE, "against: 0", "against: -1").rejects();
        d.error("out-of-range", ADVICE, 7, 26, "'against' must be at least 0, not -1");
        d.count(1);
    }

    @Test
    void badCountryAndCurrencyCodes() {
        Diags d = site().replace("data/members/people.yaml", "country: SN", "country: Senegal")
                .replace("data/travel/icann58.yaml", "3150.40, currency: USD", "3150.40, currency: dollars").rejects();
        d.error("bad-value", "data/members/people.yaml", 5, 12, "ISO 3166-1 alpha-2", "'Senegal'");
        d.error("bad-value", "data/travel/icann58.yaml", 3, 171, "ISO 4217", "'dollars'");
        d.count(2);
    }

    @Test
    void relativeUrlIsRejected() {
        Diags d = site().write("data/programmes/extra.yaml", "id: extra\nname: Extra\nurl: /travel/apply\n").rejects();
        d.error("bad-url", "data/programmes/extra.yaml", 3, 6, "absolute http(s) URL", "'/travel/apply'");
        d.count(1);
    }

    @Test
    void everyProblemIsReportedInOneRun() {
        Diags d = site().write(X, "- id: Bad_Id\n  name: A\n  region: afralo\n"
                + "- id: b-one\n  name: B\n  region: afralo\n  kind: organisation\n"
                + "- id: c-one\n  name: C\n  region: afralo\n  joined: 2020-13-01\n").rejects();
        d.error("bad-id", X, 1, 7);
        d.error("bad-value", X, 7, 9, "did you mean 'organization'?");
        d.error("bad-date", X, 11, 11);
        d.count(3);
    }
}
