package org.plenary.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;

/** SPEC §3: a rule broken by the data is a warning naming the record and the rule, and an error with --strict. */
class RuleWarningsTest {
    private static final String TRAVEL = "data/travel/icann58.yaml";
    private static final String X = "data/members/x.yaml";

    @TempDir
    Path tmp;

    /** Amina already has one funded trip (ICANN58); 18 more make 19, one over the lifetime cap of 18. */
    private static TestSite nineteenTrips(TestSite s) {
        StringBuilder meetings = new StringBuilder();
        StringBuilder travel = new StringBuilder();
        LocalDate start = LocalDate.of(2017, 10, 28);
        for (int i = 0; i < 18; i++) {
            String id = "ICANN" + (60 + i);
            LocalDate day = start.plusMonths(4L * i);
            meetings.append("- {id: ").append(id).append(", number: ").append(60 + i).append(", city: Online, start: ")
                    .append(day).append(", end: ").append(day.plusDays(3)).append(", virtual: true}\n");
            travel.append("- {meeting: ").append(id).append(", member: amina-diallo, programme: fellowship, status: funded}\n");
        }
        return s.write("data/meetings/more.yaml", meetings.toString()).write("data/travel/more.yaml", travel.toString());
    }

    @Test
    void travelCapExceededByTheNineteenthFundedTrip() {
        TestSite s = nineteenTrips(TestSite.mini(tmp));
        Diags w = s.accepts();
        w.warning("rule", "data/travel/more.yaml", 18, 3, "member 'amina-diallo' is funded for trip 19 to ICANN77",
                "lifetime cap of 18", "travel_lifetime_cap");
        w.count(1);
        s.rejects("--strict").error("rule", "data/travel/more.yaml", 18, 3, "travel_lifetime_cap");
    }

    @Test
    void eighteenTripsAreWithinTheCap() {
        TestSite s = nineteenTrips(TestSite.mini(tmp));
        s.replace("data/travel/more.yaml", "ICANN77, member: amina-diallo, programme: fellowship, status: funded",
                "ICANN77, member: amina-diallo, programme: fellowship, status: declined");
        s.accepts().count(0);
        s.accepts("--strict").count(0);
    }

    @Test
    void slotsPerMeetingExceeded() {
        TestSite s = TestSite.mini(tmp).replace(TRAVEL, "applications:",
                "  - {member: zhang-wei, programme: alac-ralo-leaders, status: funded}\n"
                        + "  - {member: jean-dupont, programme: alac-ralo-leaders, status: funded}\n"
                        + "applications:");
        Diags w = s.accepts();
        w.warning("rule", TRAVEL, 7, 5, "programme 'alac-ralo-leaders' funded 3 travellers to ICANN58",
                "2 slots per meeting", "slots_per_meeting");
        w.count(1);
        s.rejects("--strict").error("rule", TRAVEL, 7, 5, "slots_per_meeting");
    }

    @Test
    void alacTermTooLong() {
        TestSite s = TestSite.mini(tmp).write(X, "id: long-server\nname: Long Server\nregion: afralo\njoined: 2005-01-01\n"
                + "participation:\n  - {workgroup: cpwg, from: 2005-01-01}\n"
                + "roles:\n"
                + "  - {role: alac-member, from: 2010-01-01, to: 2016-06-30, selected_by: election}\n");
        Diags w = s.accepts();
        w.warning("rule", X, 8, 5, "member 'long-server' served on the ALAC continuously from 2010-01-01 to 2016-06-30",
                "more than 2 terms of 24 months", "alac_max_consecutive_terms");
        w.count(1);
        s.rejects("--strict").error("rule", X, 8, 5, "alac_max_consecutive_terms");
    }

    @Test
    void twoFullTermsAreFine() {
        TestSite s = TestSite.mini(tmp).write(X, "id: two-terms\nname: Two Terms\nregion: afralo\njoined: 2005-01-01\n"
                + "participation:\n  - {workgroup: cpwg, from: 2005-01-01}\n"
                + "roles:\n"
                + "  - {role: alac-member, from: 2010-11-01, to: 2012-10-31}\n"
                + "  - {role: alac-member, from: 2012-11-01, to: 2014-11-02}\n");
        s.accepts().count(0);
    }

    @Test
    void alacCandidacyWithoutTwelveMonthsOfActivity() {
        TestSite s = TestSite.mini(tmp).write(X, "id: newcomer\nname: Newcomer\nregion: euralo\njoined: 2015-01-01\n"
                + "participation:\n  - {workgroup: cpwg, from: 2015-01-01}\n"
                + "roles:\n"
                + "  - {role: alac-member, from: 2015-06-01, to: 2017-05-31}\n");
        Diags w = s.accepts();
        w.warning("rule", X, 8, 5, "member 'newcomer' began an ALAC term on 2015-06-01 with 5 months of active participation",
                "alac_candidacy_min_months requires 12");
        w.count(1);
        s.rejects("--strict").error("rule", X, 8, 5, "alac_candidacy_min_months");
    }

    @Test
    void allWarningsAtOnceBecomeErrorsWithStrict() {
        TestSite s = nineteenTrips(TestSite.mini(tmp)).write(X, "id: newcomer\nname: Newcomer\nregion: euralo\n"
                + "joined: 2015-01-01\nparticipation:\n  - {workgroup: cpwg, from: 2015-01-01}\n"
                + "roles:\n  - {role: alac-member, from: 2015-06-01, to: 2017-05-31}\n");
        Diags w = s.accepts();
        assertEquals(2, w.warnings().size(), w::toString);
        Diags e = s.rejects("--strict");
        assertEquals(2, e.errors().size(), e::toString);
        assertEquals(0, e.warnings().size(), e::toString);
    }

    @Test
    void thresholdsComeFromSiteYaml() {
        TestSite s = nineteenTrips(TestSite.mini(tmp)).append("data/site.yaml", "rules: {travel_lifetime_cap: 20}\n");
        s.accepts().count(0);
        s.replace("data/site.yaml", "travel_lifetime_cap: 20", "travel_lifetime_cap: 10");
        s.accepts().warning("rule", "data/travel/more.yaml", 10, 3, "trip 11 to ICANN69", "lifetime cap of 10");
    }

    @Test
    void unknownRuleNameInSiteYaml() {
        Diags d = TestSite.mini(tmp).append("data/site.yaml", "rules: {travel_lifetime_caps: 20}\n").rejects();
        d.error("unknown-key", "data/site.yaml", 12, 9, "'travel_lifetime_caps'", "did you mean 'travel_lifetime_cap'?");
    }
}
