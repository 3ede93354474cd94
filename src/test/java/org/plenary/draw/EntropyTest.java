package org.plenary.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.draw.Rfc3797Test.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntropyTest {
    private static final double LOG2_10 = Math.log(10) / Math.log(2);

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void neededIsLog2OfTheNumberOfPossibleSets() {
        assertEquals(log2(3_268_760), Entropy.needed(25, 10), 1e-9); // C(25, 10)
        assertEquals(0, Entropy.needed(25, 25), 1e-12);
        assertEquals(0, Entropy.needed(1, 1), 1e-12);
        assertEquals(log2(25), Entropy.needed(25, 1), 1e-12);
        assertMessage("cannot pick 3 of 2", () -> Entropy.needed(2, 3));
    }

    @Test
    void neededForTheLargestPoolIsFiniteAndAccurate() {
        // Central binomial: log2 C(n, n/2) ≈ n − ½·log2(π·n/2) for large n.
        int n = 65_535;
        double expected = n - 0.5 * log2(Math.PI * n / 2.0);
        assertEquals(expected, Entropy.needed(n, n / 2), 0.01);
    }

    @Test
    void stratifiedNeedIsTheSumOverPools() {
        List<Pool> pools = List.of(new Pool("a", 2, List.of("1", "2", "3", "4")), new Pool("b", 1, List.of("x", "y")));
        assertEquals(log2(6) + 1, Entropy.needed(pools), 1e-12);
    }

    @Test
    void declaredRangeOfASortedSourceCountsSetsNotOrders() {
        Source lotto = new Source("6 of 49", List.of("2", "5", "12", "8", "10", "33"), new Source.Range(49, 6));
        Entropy.Supplied s = Entropy.supplied(List.of(lotto));
        assertEquals(log2(15_890_700), s.bits(), 1e-9); // C(50, 6)
        assertEquals(Entropy.Method.RANGE, s.sources().get(0).method());
        assertFalse(s.estimated());
    }

    @Test
    void declaredRangeWithMoreValuesThanOutcomesCountsMultisets() {
        Source coins = new Source("coins", List.of("0", "1", "1"), new Source.Range(1, 3));
        assertEquals(2, Entropy.supplied(List.of(coins)).bits(), 1e-12); // C(4, 3) = 4 multisets
    }

    @Test
    void declaredRangeOfAnOrderedDecimalSourceIsCountTimesLog2() {
        Source prices = new Source("prices", List.of("10.0730", "3.5"), new Source.Range(99, 2));
        assertEquals(2 * log2(100), Entropy.supplied(List.of(prices)).bits(), 1e-12);
    }

    @Test
    void withoutRangeTheDigitsGiveAnEstimate() {
        Entropy.Supplied s = Entropy.supplied(Rfc3797Test.RFC_SOURCES);
        double first = 4 * LOG2_10;                       // 9319: one of 10^4
        double second = log2(75_287_520);                 // 2 5 12 8 10: a set of 5 from 0 … 99, C(100, 5)
        double third = log2(1_192_052_400);               // 9 18 26 34 41 45: C(100, 6)
        assertEquals(first, s.sources().get(0).bits(), 1e-9);
        assertEquals(second, s.sources().get(1).bits(), 1e-6);
        assertEquals(third, s.sources().get(2).bits(), 1e-6);
        assertEquals(first + second + third, s.bits(), 1e-6);
        assertTrue(s.estimated());
        assertEquals(Entropy.Method.DIGITS, s.sources().get(1).method());
    }

    @Test
    void digitEstimateCountsLeadingAndTrailingZerosAndKeepsOrderOfDecimals() {
        assertEquals(6 * LOG2_10, Entropy.supplied(List.of(new Source("dow", List.of("10.0730")))).bits(), 1e-9);
        assertEquals(4 * LOG2_10, Entropy.supplied(List.of(new Source("dows", List.of("1.5", "2.5")))).bits(), 1e-9);
        assertEquals(3 * LOG2_10, Entropy.supplied(List.of(new Source("n", List.of("017")))).bits(), 1e-9);
        // 30 one-digit values must repeat: multisets, C(39, 30).
        List<String> thirty = java.util.stream.IntStream.range(0, 30).mapToObj(i -> String.valueOf(i % 10)).toList();
        assertEquals(log2(211_915_132), Entropy.supplied(List.of(new Source("d", thirty))).bits(), 1e-6);
    }

    @Test
    void reportTellsWhetherTheSourcesSuffice() {
        Entropy.Report rfc = Entropy.check(Rfc3797Test.RFC_SOURCES, List.of(new Pool("", 10, Rfc3797Test.RFC_POOL)));
        assertEquals(log2(3_268_760), rfc.needed(), 1e-9);
        assertTrue(rfc.sufficient());
        Entropy.Report weak = Entropy.check(List.of(new Source("die", List.of("4"), new Source.Range(6, 1))),
                List.of(new Pool("", 10, Rfc3797Test.RFC_POOL)));
        assertFalse(weak.sufficient());
        assertEquals(log2(7), weak.supplied().bits(), 1e-12);
    }

    @Test
    void rangeIsValidated() {
        assertMessage("range max must be at least 1", () -> new Source.Range(0, 1));
        assertMessage("range count must be 1", () -> new Source.Range(10, 0));
    }
}
