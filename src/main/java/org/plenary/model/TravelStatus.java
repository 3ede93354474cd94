package org.plenary.model;

public enum TravelStatus implements Coded {
    FUNDED, DECLINED, WITHDRAWN, CANCELLED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
