package org.plenary.model;

public enum Airfare implements Coded {
    ECONOMY, PREMIUM, BUSINESS, NONE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
