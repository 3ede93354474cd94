package org.plenary.model;

public enum AdviceStatus implements Coded {
    DRAFTING, COMMENT, VOTE, RATIFIED, SUBMITTED, WITHDRAWN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
