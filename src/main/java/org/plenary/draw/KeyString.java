package org.plenary.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the RFC 3797 key string from the announced sources (SPEC §9, RFC 3797 §4).
 *
 * <p>Sources are taken in their announced order, each ended by {@code /}:
 * <ul>
 * <li>a source whose values are all integers: values sorted ascending, each written in decimal
 *     without leading zeros and followed by {@code .} — {@code 2 5 12 8 10 → 2.5.8.10.12./}.
 *     Sorting is what makes the key independent of the order in which, say, lottery balls came out;</li>
 * <li>a source with any non-integer value (e.g. stock prices): values in the order given, a decimal
 *     written {@code int.frac} without trailing fraction zeros and no trailing {@code .}, an integer
 *     still written {@code n.} — {@code 10.0730 → 10.073/}. Order is kept because for such sources
 *     it carries meaning (which price is which).</li>
 * </ul>
 * Example (RFC 3797 §6): {@code 9319}, {@code 2 5 12 8 10}, {@code 9 18 26 34 41 45} give
 * {@code 9319./2.5.8.10.12./9.18.26.34.41.45./}. The result is plain ASCII.
 */
public final class KeyString {

    private KeyString() {
    }

    /**
     * @throws DrawInputException when there is no source, a source has no value, or a value is not a
     *                            non-negative integer or decimal
     */
    public static String of(List<Source> sources) {
        if (sources == null || sources.isEmpty()) {
            throw new DrawInputException("a draw needs at least one source of randomness");
        }
        StringBuilder key = new StringBuilder();
        for (Source source : sources) {
            key.append(part(source));
        }
        return key.toString();
    }

    /** The key string contribution of one source, ending in {@code /}. */
    public static String part(Source source) {
        List<SourceValue> values = parse(source);
        if (values.stream().allMatch(SourceValue::isInteger)) {
            values = new ArrayList<>(values);
            values.sort(null);
        }
        StringBuilder part = new StringBuilder();
        for (SourceValue v : values) {
            part.append(v.canonical());
        }
        return part.append('/').toString();
    }

    /** Parses every value of a source, so all of a source's problems surface through one path. */
    static List<SourceValue> parse(Source source) {
        String name = source.name() == null ? "" : source.name();
        if (source.values().isEmpty()) {
            throw new DrawInputException("source \"" + name + "\" has no values");
        }
        List<SourceValue> parsed = new ArrayList<>(source.values().size());
        for (String v : source.values()) {
            parsed.add(SourceValue.parse(name, v));
        }
        return parsed;
    }

    /** True when the source's values are sorted into the key (all integers), false when kept in order. */
    static boolean isSorted(Source source) {
        return parse(source).stream().allMatch(SourceValue::isInteger);
    }
}
