package org.plenary.model;

public enum MeetingKind implements Coded {
    COMMUNITY_FORUM, POLICY_FORUM, AGM, OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
