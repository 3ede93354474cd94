package org.plenary.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Period;
import org.plenary.model.Role;
import org.plenary.model.RoleType;
import org.plenary.model.Rules;

/**
 * Term limits and eligibility for posts (SPEC §3), each broken rule a warning naming the record and the rule:
 * ALAC stints of at most {@code alac_max_consecutive_terms} × {@code alac_term_months}, then
 * {@code cooling_off_months} out of At-Large posts (Board and Council of Elders excepted); rapporteurs limited
 * in meetings served; Council of Elders only for those who served two ALAC terms, at most {@code coe_size} at once;
 * ALAC members must have had {@code alac_candidacy_min_months} of active participation first.
 */
final class TermLimits {
    /** A month's slack so that terms recorded as e.g. 2019-11-01 – 2021-11-02 are not flagged. */
    private static final int SLACK_DAYS = 31;

    private final Community c;
    private final Rules rules;
    private final LocalDate asOf;
    private final Diagnostics diag;
    private final StandingCalculator standing;

    TermLimits(Community c, Diagnostics diag, StandingCalculator standing) {
        this.c = c;
        this.rules = c.site().rules();
        this.asOf = c.site().asOf();
        this.diag = diag;
        this.standing = standing;
    }

    void check() {
        for (Member m : c.members()) {
            alac(m);
            rapporteurs(m, RoleType.POLICY_RAPPORTEUR, rules.policyRapporteurMaxMeetings(), "policy_rapporteur_max_meetings");
            rapporteurs(m, RoleType.OUTREACH_RAPPORTEUR, rules.outreachRapporteurMaxMeetings(), "outreach_rapporteur_max_meetings");
            councilOfElders(m);
            afterLeaving(m);
        }
        coeSize();
    }

    private void alac(Member m) {
        List<Role> alac = roles(m, RoleType.ALAC_MEMBER);
        for (Role r : alac) {
            long months = standing.qualifyingMonthsBefore(m, r.from());
            if (months < rules.alacCandidacyMinMonths()) {
                warn(r, "member '" + m.id() + "' began an ALAC term on " + r.from() + " with " + months
                        + " months of active participation; the rule alac_candidacy_min_months requires " + rules.alacCandidacyMinMonths());
            }
        }
        int maxMonths = rules.alacTermMonths() * rules.alacMaxConsecutiveTerms();
        for (Period stint : Spans.merge(alac.stream().map(Role::period).toList(), LocalDate.MAX.minusYears(1), SLACK_DAYS)) {
            LocalDate end = stint.endOr(asOf);
            if (stint.from().plusMonths(maxMonths).plusDays(SLACK_DAYS).isBefore(end)) {
                warn(firstRoleIn(alac, stint), "member '" + m.id() + "' served on the ALAC continuously from " + stint.from() + " to "
                        + (stint.to() == null ? "now" : stint.to()) + ", more than " + rules.alacMaxConsecutiveTerms() + " terms of "
                        + rules.alacTermMonths() + " months (rule alac_max_consecutive_terms)");
            }
            boolean fullStint = !stint.from().plusMonths(maxMonths).minusDays(SLACK_DAYS + 60).isAfter(end);
            if (fullStint && stint.to() != null) {
                LocalDate coolingEnd = stint.to().plusMonths(rules.coolingOffMonths());
                for (Role r : m.roles()) {
                    if (r.role() == RoleType.COE_MEMBER || r.role() == RoleType.BOARD_DIRECTOR) continue;
                    if (r.from().isAfter(stint.to().plusDays(SLACK_DAYS)) && r.from().isBefore(coolingEnd)) {
                        warn(r, "member '" + m.id() + "' took the post " + r.role().code() + " on " + r.from() + ", within "
                                + rules.coolingOffMonths() + " months of completing ALAC terms on " + stint.to()
                                + " (rule cooling_off_months)");
                    }
                }
            }
        }
    }

    private void rapporteurs(Member m, RoleType type, int maxMeetings, String rule) {
        LocalDate lastMaximalEnd = null;
        for (Role r : roles(m, type)) {
            if (type == RoleType.POLICY_RAPPORTEUR && lastMaximalEnd != null
                    && r.from().isBefore(lastMaximalEnd.plusMonths(rules.coolingOffMonths()))) {
                warn(r, "member '" + m.id() + "' became policy rapporteur again on " + r.from() + ", within "
                        + rules.coolingOffMonths() + " months of serving the maximum of " + maxMeetings + " meetings (rule cooling_off_months)");
            }
            int meetings = meetingsIn(r.period());
            if (meetings > maxMeetings) {
                warn(r, "member '" + m.id() + "' was " + type.code() + " for " + meetings + " meetings, more than the "
                        + maxMeetings + " allowed (rule " + rule + ")");
            }
            if (meetings >= maxMeetings && r.to() != null) lastMaximalEnd = r.to();
        }
    }

    private void councilOfElders(Member m) {
        for (Role r : roles(m, RoleType.COE_MEMBER)) {
            long alacMonths = 0;
            for (Role a : roles(m, RoleType.ALAC_MEMBER)) {
                if (a.from().isBefore(r.from())) alacMonths += Spans.months(a.from(), a.period().endOr(r.from()));
            }
            if (alacMonths + 1 < (long) rules.alacTermMonths() * 2) {
                warn(r, "member '" + m.id() + "' joined the Council of Elders on " + r.from() + " after " + alacMonths
                        + " months on the ALAC; it is for those who completed two ALAC terms (rule coe_size / alac_term_months)");
            }
        }
    }

    private void coeSize() {
        List<Role> all = new ArrayList<>();
        for (Member m : c.members()) all.addAll(roles(m, RoleType.COE_MEMBER));
        for (Role r : all) {
            LocalDate d = r.from();
            long sitting = all.stream().filter(o -> o.period().contains(d)).count();
            if (sitting > rules.coeSize()) {
                warn(r, "on " + d + " the Council of Elders has " + sitting + " members, more than coe_size " + rules.coeSize());
            }
        }
    }

    private void afterLeaving(Member m) {
        if (m.left() == null) return;
        for (Role r : m.roles()) {
            if (r.to() == null || r.to().isAfter(m.left())) {
                warn(r, "member '" + m.id() + "' left on " + m.left() + " but the role " + r.role().code()
                        + (r.to() == null ? " has no end date" : " runs to " + r.to()));
            }
        }
    }

    private int meetingsIn(Period p) {
        int n = 0;
        for (Meeting mt : c.meetings()) {
            if (!mt.virtual() && p.contains(mt.start()) && !mt.start().isAfter(asOf)) n++;
        }
        return n;
    }

    private static List<Role> roles(Member m, RoleType type) {
        return m.roles().stream().filter(r -> r.role() == type).sorted(java.util.Comparator.comparing(Role::from)).toList();
    }

    private static Role firstRoleIn(List<Role> roles, Period stint) {
        for (Role r : roles) {
            if (!r.from().isBefore(stint.from())) return r;
        }
        return roles.get(0);
    }

    private void warn(Role r, String message) {
        diag.warning(r.location(), "rule", message);
    }
}
