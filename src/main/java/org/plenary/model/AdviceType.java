package org.plenary.model;

public enum AdviceType implements Coded {
    PUBLIC_COMMENT, GNSO_INPUT, BOARD_ADVICE, CORRESPONDENCE, WHITE_PAPER, DECLARATION, OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
