package org.plenary.model;

public enum DrawPurpose implements Coded {
    POLICY_RAPPORTEUR, OUTREACH_RAPPORTEUR, COE, BOARD_SEAT, VOTER_PANEL, OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
