package org.plenary.model;

/** An enum whose YAML spelling ({@code public-comment}) differs from its Java name. */
public interface Coded {
    String code();

    static String codeOf(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
