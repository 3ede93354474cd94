package org.plenary.model;

public record Language(String code, String name, Direction direction) {
    public boolean rtl() {
        return direction == Direction.RTL;
    }
}
