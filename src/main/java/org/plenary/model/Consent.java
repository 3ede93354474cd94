package org.plenary.model;

public enum Consent implements Coded {
    PUBLIC, AGGREGATE_ONLY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
