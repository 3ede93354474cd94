package org.plenary.model;

public enum Direction implements Coded {
    LTR, RTL;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
