package org.plenary.model;

public enum RoleType implements Coded {
    ALAC_MEMBER, ALAC_CHAIR, RALO_CHAIR, RALO_VICE_CHAIR, RALO_SECRETARY, LIAISON, POLICY_RAPPORTEUR, OUTREACH_RAPPORTEUR, COE_MEMBER, BOARD_DIRECTOR, NOMCOM_DELEGATE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
