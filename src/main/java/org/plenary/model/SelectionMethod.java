package org.plenary.model;

public enum SelectionMethod implements Coded {
    ELECTION, NOMCOM, APPOINTMENT, ACCLAMATION, DRAW;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
