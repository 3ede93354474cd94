package org.plenary.draw;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * One published random value, parsed from the text it was announced as ("017", "10.0730").
 *
 * <p>Values stay text end to end: a YAML or JSON number would already have lost what matters here
 * (YAML 1.1 reads {@code 017} as octal 15 and {@code 10.0730} as the float 10.073; big integers lose
 * digits in a double). Only two shapes are accepted, both non-negative: an integer ({@code 9319},
 * leading zeros allowed) and a decimal with digits on both sides of the point ({@code 10.0730}).
 * Signs, exponents, thousands separators, {@code .5} and {@code 5.} are rejected rather than guessed at,
 * because a guess that differs between the tool and a person checking by hand breaks verifiability.
 *
 * @param written  the value as announced, trimmed
 * @param integer  the integer part, leading zeros dropped
 * @param fraction the fraction digits with trailing zeros removed; empty for an integer value
 * @param digits   how many digits the value was announced with (leading and trailing zeros included),
 *                 used to estimate its entropy when the source has no declared range
 */
public record SourceValue(String written, BigInteger integer, String fraction, int digits)
        implements Comparable<SourceValue> {

    private static final Pattern SHAPE = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?");

    /**
     * Parses one value.
     *
     * @param source the source's name, only for the error message
     * @throws DrawInputException when the text is not a non-negative integer or decimal
     */
    public static SourceValue parse(String source, String text) {
        String t = text == null ? "" : text.strip();
        var m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new DrawInputException("source \"" + source + "\": value \"" + (text == null ? "" : text)
                    + "\" is not a non-negative integer (e.g. 017) or decimal (e.g. 10.0730)");
        }
        String intDigits = m.group(1);
        String fracDigits = m.group(2) == null ? "" : m.group(2);
        String fraction = fracDigits.replaceFirst("0+$", "");
        return new SourceValue(t, new BigInteger(intDigits), fraction, intDigits.length() + fracDigits.length());
    }

    /** True when the value is a whole number; {@code 10.000} counts, since it is the number 10. */
    public boolean isInteger() {
        return fraction.isEmpty();
    }

    /**
     * The value as it enters the key string (RFC 3797 §4): an integer in decimal without leading
     * zeros followed by {@code .} ({@code 017 → 17.}); a decimal as {@code int.frac} with trailing
     * fraction zeros removed and no trailing {@code .} ({@code 10.0730 → 10.073}). Either way every
     * value carries exactly one {@code .}, so consecutive values cannot run into each other.
     */
    public String canonical() {
        return isInteger() ? integer + "." : integer + "." + fraction;
    }

    /** Numeric order, used to sort the integers of a source. */
    @Override
    public int compareTo(SourceValue o) {
        int c = integer.compareTo(o.integer);
        if (c != 0) return c;
        // Equal integer parts: compare fractions as decimal digits ("5" > "25" because 0.5 > 0.25).
        int len = Math.max(fraction.length(), o.fraction.length());
        String a = padRight(fraction, len);
        String b = padRight(o.fraction, len);
        return a.compareTo(b);
    }

    private static String padRight(String s, int len) {
        return s + "0".repeat(len - s.length());
    }
}
