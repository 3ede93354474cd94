package org.plenary.model;

/** Thresholds of SPEC §3; defaults are those of the 2017 review. */
public record Rules(
        int activeMinMonths,
        int votingValidMonths,
        int alacCandidacyMinMonths,
        int travelLifetimeCap,
        int alacTermMonths,
        int alacMaxConsecutiveTerms,
        int coolingOffMonths,
        int policyRapporteurMaxMeetings,
        int outreachRapporteurMaxMeetings,
        int coeSize) {

    public static final Rules DEFAULTS = new Rules(3, 18, 12, 18, 24, 2, 24, 6, 3, 6);
}
