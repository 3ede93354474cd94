package org.plenary.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * The entropy check of RFC 3797 §3.3: do the announced sources carry enough randomness for the draw?
 *
 * <p><b>Needed.</b> A draw of k seats from n items has C(n, k) possible outcomes (the RFC counts sets,
 * not orders), so it needs log2 C(n, k) bits; a stratified draw needs the sum over its pools.
 * The RFC example (10 of 25) needs log2 C(25, 10) ≈ 21.6 bits.
 *
 * <p><b>Supplied</b>, per source, then summed (sources are independent):
 * <ul>
 * <li>with a declared {@code range {max, count}} — count values, each one of the max+1 values 0 … max:
 *   <ul>
 *   <li>integer sources are sorted into the key string, so only the <em>set</em> of values counts, not
 *       the order they came out in: log2 C(max+1, count), i.e. lottery-style draws without repeats
 *       (a lower bound when repeats are possible; if count &gt; max+1 repeats are certain and the
 *       multiset count log2 C(max+count, count) is used). "6 of 49" gives log2 C(50, 6) ≈ 23.9 bits;</li>
 *   <li>sources with decimals keep their order, so: count · log2(max+1);</li>
 *   </ul></li>
 * <li>without a range, an estimate from how the values were written, counting digits as announced
 *     (leading and trailing zeros included, since they show the width of the field):
 *   <ul>
 *   <li>integer sources: the range is guessed as 0 … 10^D − 1, D being the most digits any of its values
 *       has, and the set formula above applies with max+1 = 10^D and count = the number of values
 *       ({@code 9319} → log2 10^4 ≈ 13.3; {@code 2 5 12 8 10} → log2 C(100, 5) ≈ 26.2);</li>
 *   <li>sources with decimals: each value of d digits is one of 10^d, so the sum of d · log2(10)
 *       ({@code 10.0730} → 6 · log2 10 ≈ 19.9).</li>
 *   </ul>
 *   This is only an estimate (a 2-digit lottery number really ranges over 1 … 49, not 0 … 99):
 *   declare a range to be exact.</li>
 * </ul>
 * The caller decides how to warn; RFC 3797 recommends a comfortable margin above the bits needed.
 */
public final class Entropy {
    private static final double LOG2_10 = Math.log(10) / Math.log(2);

    private Entropy() {
    }

    /** How one source's bits were worked out. */
    public enum Method {
        /** From the declared {@code range}; exact under its assumptions. */
        RANGE,
        /** Estimated from the digits of the values as announced. */
        DIGITS
    }

    /** One source's contribution. */
    public record SourceBits(String name, double bits, Method method) {
    }

    /** All sources' contributions and their sum. */
    public record Supplied(double bits, List<SourceBits> sources) {
        public Supplied {
            sources = List.copyOf(sources);
        }

        /** True when at least one source's bits are an estimate from digits. */
        public boolean estimated() {
            return sources.stream().anyMatch(s -> s.method() == Method.DIGITS);
        }
    }

    /** Bits needed against bits supplied, for the caller's warning. */
    public record Report(double needed, Supplied supplied) {
        public boolean sufficient() {
            return supplied.bits() >= needed;
        }
    }

    /** log2 C(poolSize, seats). */
    public static double needed(int poolSize, int seats) {
        if (poolSize < 0 || seats < 0 || seats > poolSize) {
            throw new DrawInputException("cannot pick " + seats + " of " + poolSize + " items");
        }
        return log2Binomial(poolSize, seats);
    }

    /** Sum over the pools of log2 C(pool size, seats). */
    public static double needed(List<Pool> pools) {
        double bits = 0;
        for (Pool p : pools) {
            bits += needed(p.items().size(), p.seats());
        }
        return bits;
    }

    /**
     * Bits supplied by the sources, per source and in all.
     *
     * @throws DrawInputException when a value is not a number (same rules as {@link KeyString})
     */
    public static Supplied supplied(List<Source> sources) {
        List<SourceBits> parts = new ArrayList<>();
        double total = 0;
        for (Source s : sources) {
            SourceBits b = bits(s);
            parts.add(b);
            total += b.bits();
        }
        return new Supplied(total, parts);
    }

    /** Both figures for a draw over the given pools (one pool for a plain draw). */
    public static Report check(List<Source> sources, List<Pool> pools) {
        return new Report(needed(pools), supplied(sources));
    }

    private static SourceBits bits(Source s) {
        List<SourceValue> values = KeyString.parse(s);
        boolean sorted = values.stream().allMatch(SourceValue::isInteger);
        Source.Range r = s.range();
        if (r != null) {
            double outcomes = (double) r.max() + 1;
            double bits = sorted ? log2Sets(outcomes, r.count()) : r.count() * log2(outcomes);
            return new SourceBits(s.name(), bits, Method.RANGE);
        }
        if (sorted) {
            int widest = values.stream().mapToInt(SourceValue::digits).max().orElse(1);
            return new SourceBits(s.name(), log2Sets(Math.pow(10, widest), values.size()), Method.DIGITS);
        }
        double sum = 0;
        for (SourceValue v : values) {
            sum += v.digits() * LOG2_10;
        }
        return new SourceBits(s.name(), sum, Method.DIGITS);
    }

    /**
     * log2 of the number of sorted outcomes of {@code count} values from {@code outcomes} possible ones:
     * sets (no repeats) when they fit, multisets when repeats are certain.
     */
    private static double log2Sets(double outcomes, int count) {
        return count <= outcomes ? log2Binomial(outcomes, count) : log2Binomial(outcomes + count - 1, count);
    }

    /** log2 C(n, k) by summing logs, so 65,535-item pools neither overflow nor take long. */
    static double log2Binomial(double n, long k) {
        if (k < 0 || k > n) return Double.NEGATIVE_INFINITY;
        long kk = (n - k < k && n - k == Math.rint(n - k)) ? (long) (n - k) : k;
        double sum = 0;
        for (long j = 0; j < kk; j++) {
            sum += log2(n - j) - log2(j + 1);
        }
        return sum;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
