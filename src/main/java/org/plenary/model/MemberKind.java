package org.plenary.model;

public enum MemberKind implements Coded {
    INDIVIDUAL, ORGANIZATION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
