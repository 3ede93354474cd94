package org.plenary.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plenary.draw.Rfc3797Test.assertMessage;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedDrawTest {
    private static final String KEY = "10.073/3.9.17./";

    private static List<String> items(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void oneRunningIndexAcrossPoolsInListedOrder() {
        List<Pool> pools = List.of(
                new Pool("NARALO", 3, items("na", 10)),
                new Pool("AFRALO", 2, items("af", 5)),
                new Pool("EURALO", 4, items("eu", 4)));
        Map<String, Selection> result = StratifiedDraw.select(KEY, pools);
        assertEquals(List.of("NARALO", "AFRALO", "EURALO"), new ArrayList<>(result.keySet()), "listed order kept");

        int i = 0;
        for (Pool pool : pools) {
            // Replays by hand: digest of the running index, modulo the items left in this pool only.
            List<String> left = new ArrayList<>(pool.items());
            Selection s = result.get(pool.name());
            assertEquals(pool.seats(), s.steps().size());
            for (Step step : s.steps()) {
                assertEquals(i, step.index());
                assertEquals(Rfc3797.digestHex(KEY, i), step.md5Hex());
                assertEquals(left.size(), step.itemsLeft());
                int k = new BigInteger(step.md5Hex(), 16).mod(BigInteger.valueOf(left.size())).intValue();
                assertEquals(left.remove(k), step.item());
                i++;
            }
        }
        assertEquals(9, i);
    }

    @Test
    void aPlainDrawIsOnePoolNamedEmpty() {
        Map<String, Selection> r = StratifiedDraw.select(Rfc3797Test.RFC_KEY,
                List.of(new Pool("", 11, Rfc3797Test.RFC_POOL)));
        assertEquals(Rfc3797Test.RFC_RESULT, r.get("").result());
    }

    @Test
    void laterPoolsDoNotReuseEarlierDigests() {
        // The second pool is the RFC pool again: its first pick hashes i = 2, not 0, so it is
        // the RFC's third pick's digest, taken modulo 25 instead of 23.
        Map<String, Selection> r = StratifiedDraw.select(Rfc3797Test.RFC_KEY, List.of(
                new Pool("first", 2, items("x", 3)),
                new Pool("second", 1, Rfc3797Test.RFC_POOL)));
        Step step = r.get("second").steps().get(0);
        assertEquals(2, step.index());
        assertEquals(Rfc3797Test.RFC_DIGESTS.get(2), step.md5Hex());
        assertEquals(new BigInteger(Rfc3797Test.RFC_DIGESTS.get(2), 16).mod(BigInteger.valueOf(25)), step.remainder());
    }

    @Test
    void rejectsBadPoolLists() {
        assertMessage("at least one pool", () -> StratifiedDraw.select(KEY, List.of()));
        assertMessage("pool \"A\" is listed twice", () -> StratifiedDraw.select(KEY, List.of(
                new Pool("A", 1, items("a", 2)), new Pool("A", 1, items("b", 2)))));
        assertMessage("pool \"B\" has 2 items, so seats must be 1 … 2, not 5", () -> StratifiedDraw.select(KEY,
                List.of(new Pool("A", 1, items("a", 2)), new Pool("B", 5, items("b", 2)))));
        List<String> big = items("m", Rfc3797.MAX_POOL);
        assertMessage("65537 picks in all", () -> StratifiedDraw.select(KEY, List.of(
                new Pool("A", Rfc3797.MAX_POOL, big), new Pool("B", 2, items("b", 2)))));
    }

    @Test
    void exactly65536PicksAreAllowed() {
        List<String> big = items("m", Rfc3797.MAX_POOL);
        Map<String, Selection> r = StratifiedDraw.select(KEY, List.of(
                new Pool("A", Rfc3797.MAX_POOL, big), new Pool("B", 1, items("b", 2))));
        assertEquals(65_535, r.get("B").steps().get(0).index());
    }
}
