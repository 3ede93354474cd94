package org.plenary.model;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;

/** Dangling references (SPEC §4), each reported at the id that dangles, with a "did you mean". */
class ReferenceCheckTest {
    private static final String PEOPLE = "data/members/people.yaml";
    private static final String TRAVEL = "data/travel/icann58.yaml";
    private static final String ADVICE = "data/advice/st-0117.yaml";
    private static final String DRAW = "data/draws/rapporteurs-2019.yaml";

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void travelRecordNamesUnknownMember() {
        Diags d = site().replace(TRAVEL, "member: jean-dupont", "member: jean-dupond").rejects();
        d.error("dangling-reference", TRAVEL, 5, 14, "travel record refers to unknown member 'jean-dupond'",
                "did you mean 'jean-dupont'?");
        d.count(1);
    }

    @Test
    void travelRecordNamesUnknownProgramme() {
        Diags d = site().replace(TRAVEL, "programme: fellowship, status: declined", "programme: fellowshp, status: declined")
                .rejects();
        d.error("dangling-reference", TRAVEL, 5, 38, "unknown programme 'fellowshp'", "did you mean 'fellowship'?");
        d.count(1);
    }

    @Test
    void travelFileNamesUnknownMeetingOnce() {
        Diags d = site().replace(TRAVEL, "meeting: ICANN58", "meeting: ICANN5").rejects();
        d.error("dangling-reference", TRAVEL, 1, 10, "travel record refers to unknown meeting 'ICANN5'",
                "did you mean 'ICANN58'?");
        d.onlyCodes("dangling-reference");
    }

    @Test
    void travelRecordWithItsOwnMeeting() {
        Diags d = site().write("data/travel/more.yaml",
                "- {meeting: ICANN60, member: amina-diallo, programme: fellowship, status: funded}\n").rejects();
        d.error("dangling-reference", "data/travel/more.yaml", 1, 13, "unknown meeting 'ICANN60'");
        d.count(1);
    }

    @Test
    void penholderUnknown() {
        Diags d = site().replace(ADVICE, "penholders: [amina-diallo]", "penholders: [zhang-wei, amina-dialo]").rejects();
        d.error("dangling-reference", ADVICE, 6, 25, "refers to unknown penholder 'amina-dialo'", "did you mean 'amina-diallo'?");
        d.count(1);
    }

    @Test
    void adviceMeetingUnknown() {
        Diags d = site().replace(ADVICE, "meeting: ICANN58", "meeting: ICANN85").rejects();
        d.error("dangling-reference", ADVICE, 9, 10, "unknown meeting 'ICANN85'");
        d.count(1);
    }

    @Test
    void relatedAdviceUnknown() {
        Diags d = site().append(ADVICE, "related: [AL-ALAC-ST-0117-01-00-EM]\n").rejects();
        d.error("dangling-reference", ADVICE, 11, 11, "unknown related statement 'AL-ALAC-ST-0117-01-00-EM'");
        d.count(1);
    }

    @Test
    void adviceRelatedToItself() {
        Diags d = site().append(ADVICE, "related: [AL-ALAC-ST-0117-01-00-EN]\n").rejects();
        d.error("bad-value", ADVICE, 11, 11, "lists itself as related");
        d.count(1);
    }

    @Test
    void drawPoolNamesUnknownMember() {
        Diags d = site().replace(DRAW, "pool: [jean-dupont, zhang-wei, amina-diallo]",
                "pool: [jean-dupont, zhang-wei, amina-diallo, ghost-member]").rejects();
        d.error("dangling-reference", DRAW, 6, 46, "refers to unknown pool member 'ghost-member'");
    }

    @Test
    void drawPoolMayNotNameAnAggregateOnlyMember() {
        Diags d = site().replace(DRAW, "pool: [jean-dupont, zhang-wei, amina-diallo]",
                "pool: [jean-dupont, zhang-wei, amina-diallo, hidden-member]").rejects();
        d.error("private-in-pool", DRAW, 6, 46, "aggregate-only");
    }

    @Test
    void roleNamesUnknownDraw() {
        Diags d = site().replace(PEOPLE, "draw: rapporteurs-2019", "draw: rapporteurs-2091").rejects();
        d.error("dangling-reference", PEOPLE, 12, 88, "role refers to unknown draw 'rapporteurs-2091'",
                "did you mean 'rapporteurs-2019'?");
        d.count(1);
    }

    @Test
    void participationNamesUnknownWorkgroup() {
        Diags d = site().replace(PEOPLE, "workgroup: outreach,", "workgroup: outraech,").rejects();
        d.error("dangling-reference", PEOPLE, 19, 19, "unknown workgroup 'outraech'", "did you mean 'outreach'?");
        d.count(1);
    }

    @Test
    void rapporteurBodyNamesUnknownWorkgroup() {
        Diags d = site().replace(PEOPLE, "body: cpwg", "body: cpgw").rejects();
        d.error("dangling-reference", PEOPLE, 12, 57, "unknown workgroup (body) 'cpgw'", "did you mean 'cpwg'?");
    }

    @Test
    void memberNamesUnknownRegion() {
        Diags d = site().replace(PEOPLE, "region: afralo\n  country: SN", "region: afrolo\n  country: SN").rejects();
        d.error("dangling-reference", PEOPLE, 4, 11, "member 'amina-diallo' refers to unknown region 'afrolo'",
                "did you mean 'afralo'?");
        d.count(1);
    }

    @Test
    void applicationsNameUnknownProgramme() {
        Diags d = site().replace(TRAVEL, "{programme: fellowship, received: 41}", "{programme: nextgen, received: 41}").rejects();
        d.error("dangling-reference", TRAVEL, 7, 17, "applications entry refers to unknown programme 'nextgen'");
    }

    @Test
    void adviceBodyForUnknownStatement() {
        Diags d = site().write("content/advice/AL-ALAC-ST-0999-01-00-EN/en.md", "Body.\n").rejects();
        d.error("dangling-reference", "content/advice/AL-ALAC-ST-0999-01-00-EN/en.md", 0, 0,
                "no advice statement with id 'AL-ALAC-ST-0999-01-00-EN'");
    }

    @Test
    void roleStartingBeforeTheMemberJoined() {
        Diags d = site().replace(PEOPLE, "from: 2016-10-01", "from: 2013-10-01").rejects();
        d.error("date-order", PEOPLE, 11, 33, "starts 2013-10-01, before member 'amina-diallo' joined (2014-05-01)");
    }
}
