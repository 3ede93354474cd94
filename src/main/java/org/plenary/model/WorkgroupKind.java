package org.plenary.model;

public enum WorkgroupKind implements Coded {
    POLICY, OUTREACH;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
