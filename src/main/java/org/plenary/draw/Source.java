package org.plenary.draw;

import java.util.List;

/**
 * One announced source of randomness, e.g. a lottery draw or a stock index close.
 *
 * @param name   a label for people ("Lotto 2024-06-01"); it does not enter the key string
 * @param values the values as announced, as text (see {@link SourceValue} for why not numbers)
 * @param range  what the source can produce, when declared; {@code null} when not. Only used for the
 *               entropy check, never for the key string.
 */
public record Source(String name, List<String> values, Range range) {

    public Source {
        // Missing values become "" so they are reported by KeyString as a bad value, not as a crash.
        values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    /** A source without a declared range. */
    public Source(String name, List<String> values) {
        this(name, values, null);
    }

    /**
     * The declared shape of a source: {@code count} values, each between 0 (or 1) and {@code max}
     * (YAML {@code range: {max, count}}). A lottery "6 of 49" is {@code Range(49, 6)}.
     */
    public record Range(long max, int count) {
        public Range {
            if (max < 1) throw new DrawInputException("range max must be at least 1, got " + max);
            if (count < 1 || count > 1_000_000) {
                throw new DrawInputException("range count must be 1 … 1,000,000, got " + count);
            }
        }
    }
}
