package org.plenary.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.plenary.model.Community;
import org.plenary.model.Member;
import org.plenary.model.Participation;
import org.plenary.model.Period;
import org.plenary.model.Rules;
import org.plenary.model.Workgroup;
import org.plenary.model.WorkgroupKind;

/**
 * Active status, voting rights and ALAC candidacy (SPEC §3).
 *
 * <p>Participation periods across workgroups are merged into continuous spans (a gap of up to 31 days is not a
 * break). A span of at least {@code active_min_months} qualifies. A member is active while in a qualifying span
 * that is still running at as_of; voting rights last while active and {@code voting_valid_months} after the end
 * of the last qualifying span; candidacy needs {@code alac_candidacy_min_months} of qualifying spans in total.
 */
final class StandingCalculator {
    static final int GAP_DAYS = 31;

    private final Community community;
    private final Rules rules;
    private final LocalDate asOf;

    StandingCalculator(Community community) {
        this.community = community;
        this.rules = community.site().rules();
        this.asOf = community.site().asOf();
    }

    Standing standing(Member m, Map<String, Integer> fundedTrips) {
        List<Period> spans = Spans.merge(m.participation().stream().map(Participation::period).toList(), asOf, GAP_DAYS);
        boolean active = false;
        LocalDate activeSince = null;
        LocalDate lastEnd = null;
        long months = 0;
        boolean member = m.left() == null || m.left().isAfter(asOf);
        for (Period s : spans) {
            long len = Spans.months(s, asOf);
            if (len < rules.activeMinMonths()) continue;
            months += len;
            if (s.to() == null) {
                active = member;
                activeSince = s.from();
                lastEnd = null;
            } else {
                lastEnd = s.to();
            }
        }
        LocalDate votingUntil = null;
        boolean voting = active;
        if (!active && lastEnd != null) {
            votingUntil = lastEnd.plusMonths(rules.votingValidMonths());
            voting = member && !votingUntil.isBefore(asOf);
        }
        int trips = fundedTrips.getOrDefault(m.id(), 0);
        boolean policy = false;
        boolean outreach = false;
        for (Participation p : m.participation()) {
            if (!p.period().contains(asOf)) continue;
            Workgroup wg = community.workgroup(p.workgroup());
            if (wg == null) continue;
            if (wg.kind() == WorkgroupKind.POLICY) policy = true;
            if (wg.kind() == WorkgroupKind.OUTREACH) outreach = true;
        }
        return new Standing(m.id(), active, activeSince, voting, votingUntil, lastEnd, months,
                months >= rules.alacCandidacyMinMonths(), trips, Math.max(0, rules.travelLifetimeCap() - trips),
                policy && member, outreach && member);
    }

    /** Months of qualifying participation before a date: used to check ALAC candidacy at a term's start. */
    long qualifyingMonthsBefore(Member m, LocalDate date) {
        List<Period> spans = Spans.merge(m.participation().stream().map(Participation::period).toList(),
                date.minusDays(1), GAP_DAYS);
        long months = 0;
        for (Period s : spans) {
            long len = Spans.months(s, date.minusDays(1));
            if (len >= rules.activeMinMonths()) months += len;
        }
        return months;
    }
}
