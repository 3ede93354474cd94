package org.plenary.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.diag.Location;
import org.plenary.model.Community;
import org.plenary.model.Consent;
import org.plenary.model.Direction;
import org.plenary.model.Language;
import org.plenary.model.Member;
import org.plenary.model.MemberKind;
import org.plenary.model.Participation;
import org.plenary.model.Region;
import org.plenary.model.Rules;
import org.plenary.model.Site;
import org.plenary.model.Text;
import org.plenary.model.Workgroup;
import org.plenary.model.WorkgroupKind;

/** SPEC §3 on hand-made participation periods: active (3 months), voting (+18 months), candidacy (12 months). */
class StandingCalculatorTest {
    private static final Location HERE = new Location("test.yaml", 1, 1);

    // ---- active: a continuous period of at least 3 months ---------------------------------------------------

    @Test
    void closedPeriodOfExactlyThreeMonthsQualifies() {
        Standing s = standing("2021-01-01", null, p("2020-01-01", "2020-03-31"));
        assertEquals(3, s.activeMonths());
        assertEquals(d("2020-03-31"), s.lastActiveEnd());
        assertFalse(s.active(), "the period is over");
        assertTrue(s.voting(), "within 18 months of its end");
    }

    @Test
    void closedPeriodOneDayShortOfThreeMonthsDoesNotQualify() {
        Standing s = standing("2021-01-01", null, p("2020-01-01", "2020-03-30"));
        assertEquals(0, s.activeMonths());
        assertNull(s.lastActiveEnd());
        assertFalse(s.active());
        assertFalse(s.voting(), "a period that never qualified gives no voting rights");
    }

    @Test
    void openPeriodBecomesActiveOnTheDayItReachesThreeMonths() {
        Standing before = standing("2020-03-30", null, p("2020-01-01", null));
        assertFalse(before.active());
        assertFalse(before.voting());
        Standing on = standing("2020-03-31", null, p("2020-01-01", null));
        assertTrue(on.active());
        assertTrue(on.voting(), "voting while active");
        assertEquals(d("2020-01-01"), on.activeSince());
        assertNull(on.votingUntil(), "no end known while the period runs");
    }

    @Test
    void periodEndingOnAsOfIsStillRunningThatDay() {
        Standing s = standing("2020-06-30", null, p("2020-01-01", "2020-06-30"));
        assertTrue(s.active(), "ends are inclusive: the member participates on 2020-06-30");
        assertTrue(s.voting());
        Standing next = standing("2020-07-01", null, p("2020-01-01", "2020-06-30"));
        assertFalse(next.active());
        assertEquals(d("2020-06-30"), next.lastActiveEnd());
        assertEquals(d("2021-12-30"), next.votingUntil());
    }

    @Test
    void periodEndingAfterAsOfCountsAsRunning() {
        Standing s = standing("2020-06-30", null, p("2020-01-01", "2021-12-31"));
        assertTrue(s.active());
        assertEquals(6, s.activeMonths(), "months are counted up to as_of only (2020-01-01..06-30)");
    }

    @Test
    void periodStartingAfterAsOfIsIgnored() {
        Standing s = standing("2020-06-30", null, p("2020-07-01", null));
        assertFalse(s.active());
        assertEquals(0, s.activeMonths());
    }

    // ---- voting: while active and 18 months after the last qualifying period --------------------------------

    @Test
    void votingRightsLastEighteenMonthsAfterTheLastQualifyingPeriod() {
        Participation p = p("2017-01-01", "2018-12-31");
        Standing last = standing("2020-06-30", null, p);
        assertTrue(last.voting());
        assertEquals(d("2020-06-30"), last.votingUntil());
        Standing lapsed = standing("2020-07-01", null, p);
        assertFalse(lapsed.voting());
        assertEquals(d("2020-06-30"), lapsed.votingUntil(), "the page can say when they lapsed");
    }

    @Test
    void shortNewPeriodDoesNotResetTheVotingWindow() {
        // Qualified in 2018; a new period started three weeks before as_of does not qualify (yet).
        Standing s = standing("2020-06-30", null, p("2018-01-01", "2018-12-31"), p("2020-06-09", null));
        assertFalse(s.active());
        assertEquals(d("2018-12-31"), s.lastActiveEnd());
        assertTrue(s.voting(), "still within 18 months of 2018-12-31");
        assertFalse(standing("2020-07-01", null, p("2018-01-01", "2018-12-31"), p("2020-06-09", null)).voting());
    }

    @Test
    void aMemberWhoLeftIsNeitherActiveNorVoting() {
        Standing s = standing("2020-06-30", "2020-01-01", p("2015-01-01", null));
        assertFalse(s.active());
        assertFalse(s.voting());
        assertFalse(s.inPolicyWork());
    }

    // ---- merging: periods in different workgroups that touch or overlap are one continuous period -----------

    @Test
    void adjacentPeriodsAreMerged() {
        // Two months in one workgroup, then straight on for one more month in another: three continuous months.
        Standing s = standing("2021-01-01", null, p("2020-01-01", "2020-02-29"), p("2020-03-01", "2020-03-31", "outreach"));
        assertEquals(3, s.activeMonths());
        assertEquals(d("2020-03-31"), s.lastActiveEnd());
    }

    @Test
    void aGapOfUpToThirtyOneDaysIsNotABreak() {
        Standing joined = standing("2021-01-01", null, p("2020-01-01", "2020-01-31"), p("2020-03-02", "2020-04-30"));
        assertEquals(4, joined.activeMonths(), "01-31 + 31 days = 03-02: merged into 2020-01-01..04-30");
        Standing apart = standing("2021-01-01", null, p("2020-01-01", "2020-01-31"), p("2020-03-03", "2020-04-30"));
        assertEquals(0, apart.activeMonths(), "a 32-day gap splits it into two periods too short to qualify");
    }

    @Test
    void overlappingPeriodsAreCountedOnce() {
        Standing s = standing("2021-01-01", null, p("2019-01-01", "2019-06-30"), p("2019-03-01", "2019-12-31", "outreach"));
        assertEquals(12, s.activeMonths());
        assertTrue(s.alacEligible());
    }

    @Test
    void openPeriodSwallowsLaterOnes() {
        Standing s = standing("2020-12-31", null, p("2020-01-01", null), p("2020-03-01", "2020-05-31", "outreach"));
        assertTrue(s.active());
        assertEquals(12, s.activeMonths());
    }

    // ---- candidacy: 12 months of active participation in total ----------------------------------------------

    @Test
    void candidacyAddsUpQualifyingPeriods() {
        Standing twelve = standing("2021-01-01", null, p("2016-01-01", "2016-06-30"), p("2018-01-01", "2018-06-30"));
        assertEquals(12, twelve.activeMonths());
        assertTrue(twelve.alacEligible());
        Standing eleven = standing("2021-01-01", null, p("2016-01-01", "2016-06-30"), p("2018-01-01", "2018-05-31"));
        assertEquals(11, eleven.activeMonths());
        assertFalse(eleven.alacEligible());
    }

    @Test
    void periodsTooShortToQualifyDoNotCountTowardsCandidacy() {
        Standing s = standing("2021-01-01", null, p("2016-01-01", "2016-02-29"), p("2017-01-01", "2017-02-28"),
                p("2018-01-01", "2018-02-28"), p("2019-01-01", "2019-02-28"), p("2020-01-01", "2020-02-29"),
                p("2020-06-01", "2020-07-31"));
        assertEquals(0, s.activeMonths(), "six two-month periods are twelve months, none of them active");
        assertFalse(s.alacEligible());
    }

    @Test
    void thresholdsComeFromSiteRules() {
        Rules strict = new Rules(6, 12, 24, 18, 24, 2, 24, 6, 3, 6);
        Member m = member("m", null, List.of(p("2020-01-01", "2020-05-31")));
        Standing s = calc(community("2020-12-31", strict, m)).standing(m, Map.of());
        assertEquals(0, s.activeMonths(), "five months do not reach active_min_months: 6");
        Member m2 = member("m2", null, List.of(p("2019-01-01", "2019-06-30")));
        Standing s2 = calc(community("2020-06-30", strict, m2)).standing(m2, Map.of());
        assertTrue(s2.voting(), "voting_valid_months: 12 from 2019-06-30");
        Standing s3 = calc(community("2020-07-01", strict, m2)).standing(m2, Map.of());
        assertFalse(s3.voting());
    }

    @Test
    void workInPolicyAndOutreachAsOfTheDate() {
        Standing s = standing("2020-06-30", null, p("2020-01-01", null), p("2019-01-01", "2019-12-31", "outreach"));
        assertTrue(s.inPolicyWork());
        assertFalse(s.inOutreach(), "the outreach period is over");
    }

    @Test
    void tripsLeftUnderTheCapNeverGoNegative() {
        Member m = member("m", null, List.of());
        StandingCalculator c = calc(community("2020-06-30", Rules.DEFAULTS, m));
        assertEquals(5, c.standing(m, Map.of("m", 13)).tripsLeft());
        assertEquals(0, c.standing(m, Map.of("m", 19)).tripsLeft());
        assertEquals(19, c.standing(m, Map.of("m", 19)).fundedTrips());
    }

    @Test
    void qualifyingMonthsBeforeADateIgnoreWhatComesAfter() {
        Member m = member("m", null, List.of(p("2015-01-01", null)));
        StandingCalculator c = calc(community("2020-06-30", Rules.DEFAULTS, m));
        assertEquals(5, c.qualifyingMonthsBefore(m, d("2015-06-01")));
        assertEquals(0, c.qualifyingMonthsBefore(m, d("2015-03-01")), "two months before the date: not yet active");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Participation in the policy workgroup "cpwg"; {@code to == null} is still running. */
    private static Participation p(String from, String to) {
        return p(from, to, "cpwg");
    }

    private static Participation p(String from, String to, String workgroup) {
        return new Participation(workgroup, d(from), to == null ? null : d(to), Text.EMPTY, HERE);
    }

    private static Standing standing(String asOf, String left, Participation... periods) {
        Member m = member("m", left == null ? null : d(left), List.of(periods));
        return calc(community(asOf, Rules.DEFAULTS, m)).standing(m, Map.of());
    }

    private static StandingCalculator calc(Community c) {
        return new StandingCalculator(c);
    }

    private static Member member(String id, LocalDate left, List<Participation> participation) {
        return new Member(id, Text.of("en", id), null, MemberKind.INDIVIDUAL, "afralo", "SN", d("2010-01-01"), left,
                Text.EMPTY, Text.EMPTY, null, List.of(), Consent.PUBLIC, List.of(), participation, HERE);
    }

    private static Community community(String asOf, Rules rules, Member... members) {
        Site site = new Site(Text.of("en", "Test"), null, "en", List.of(new Language("en", "English", Direction.LTR)),
                List.of(new Region("afralo", Text.of("en", "Africa"))), d(asOf), rules);
        List<Workgroup> wgs = List.of(
                new Workgroup("cpwg", Text.of("en", "CPWG"), WorkgroupKind.POLICY, "alac", d("2010-01-01"), null, null, HERE),
                new Workgroup("outreach", Text.of("en", "Outreach"), WorkgroupKind.OUTREACH, "alac", d("2010-01-01"), null, null, HERE));
        return new Community(site, List.of(members), wgs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
