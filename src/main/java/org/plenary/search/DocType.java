package org.plenary.search;

import java.util.Locale;

/**
 * What a search result is: the kind of page it leads to. The order is the order of ties in results (and of
 * document numbers in the index). {@link #code()} is the value of the {@code type} facet and of {@code --type}.
 */
public enum DocType {
    ADVICE, MEMBER, MEETING, PROGRAMME, DRAW, PAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a code, or null. */
    public static DocType of(String code) {
        for (DocType t : values()) {
            if (t.code().equals(code.toLowerCase(Locale.ROOT))) return t;
        }
        return null;
    }
}
