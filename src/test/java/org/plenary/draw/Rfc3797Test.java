package org.plenary.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Rfc3797Test {

    /** RFC 3797 §6: the pool of 25, numbered 1 … 25 in this order. */
    static final List<String> RFC_POOL = List.of(
            "John", "Mary", "Bashful", "Dopey", "Sleepy", "Grouchy", "Doc", "Sneazy", "Handsome", "Cassandra",
            "Pollyanna", "Pendragon", "Pandora", "Faith", "Hope", "Charity", "Lee", "Longsuffering", "Chastity",
            "Smith", "Pride", "Sloth", "Envy", "Anger", "Kasczynski");

    static final List<Source> RFC_SOURCES = List.of(
            new Source("9319", List.of("9319")),
            new Source("lottery 1", List.of("2", "5", "12", "8", "10")),
            new Source("lottery 2", List.of("9", "18", "26", "34", "41", "45")));

    static final String RFC_KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";

    /** The digests printed in RFC 3797 §6, for i = 0 … 10. */
    static final List<String> RFC_DIGESTS = List.of(
            "990DD0A5692A029A98B5E01AA28F3459",
            "3691E55CB63FCC37914430B2F70B5EC6",
            "FE814EDF564C190AC1D25753979990FA",
            "1863CCACEB568C31D7DDBDF1D4E91387",
            "F4AB33DF4889F0AF29C513905BE1D758",
            "13EAEB529F61ACFB9A29D0BA3A60DE4A",
            "992DB77C382CA2BDB9727001F3CDCCD9",
            "63AB4258ECA922976811C7F55C383CE7",
            "DFBC5AC97CED01B3A6E348E3CC63F40D",
            "31CB111C4A4EBE9287CEAE16FE51B909",
            "07FA46C122F164C215BBC72793B189A3");

    /** The RFC's selections: published number and name. */
    static final int[] RFC_NUMBERS = {17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22};
    static final List<String> RFC_RESULT = List.of(
            "Lee", "Doc", "Mary", "Charity", "Kasczynski", "Envy", "Sneazy", "Anger", "Chastity", "Pandora", "Sloth");

    @Test
    void rfcExampleKeyString() {
        assertEquals(RFC_KEY, KeyString.of(RFC_SOURCES));
    }

    @Test
    void rfcExampleAllElevenDigestsAndPicks() {
        Selection s = Rfc3797.select(KeyString.of(RFC_SOURCES), RFC_POOL, 11);
        assertEquals(RFC_RESULT, s.result());
        assertEquals(11, s.steps().size());
        for (int i = 0; i < 11; i++) {
            Step step = s.steps().get(i);
            assertEquals(i, step.index(), "index of pick " + (i + 1));
            assertEquals(RFC_DIGESTS.get(i), step.md5Hex(), "digest of pick " + (i + 1));
            assertEquals(25 - i, step.itemsLeft(), "items left at pick " + (i + 1));
            assertEquals(RFC_NUMBERS[i], step.poolNumber(), "published number of pick " + (i + 1));
            assertEquals(RFC_RESULT.get(i), step.item());
            BigInteger expected = new BigInteger(RFC_DIGESTS.get(i), 16).mod(BigInteger.valueOf(25 - i));
            assertEquals(expected, step.remainder(), "remainder of pick " + (i + 1));
            assertEquals(expected.intValue() + 1, step.position());
        }
        // First pick worked by hand: 0x990DD0A5… mod 25 = 16, so the 17th item, Lee.
        assertEquals(BigInteger.valueOf(16), s.steps().get(0).remainder());
    }

    @Test
    void digestBracketsTheKeyWithTheTwoByteBigEndianIndex() throws Exception {
        String key = "1.2./";
        for (int i : new int[] {0, 1, 255, 256, 0x0102, 0xFFFF}) {
            byte[] input = new byte[key.length() + 4];
            input[0] = (byte) (i >> 8);
            input[1] = (byte) i;
            System.arraycopy(key.getBytes(StandardCharsets.US_ASCII), 0, input, 2, key.length());
            input[input.length - 2] = (byte) (i >> 8);
            input[input.length - 1] = (byte) i;
            byte[] expected = MessageDigest.getInstance("MD5").digest(input);
            assertArrayEquals(expected, HexFormat.of().parseHex(Rfc3797.digestHex(key, i)), "i=" + i);
        }
        assertThrows(DrawInputException.class, () -> Rfc3797.digestHex(key, 65_536));
    }

    @Test
    void onePoolOfOneItem() {
        Selection s = Rfc3797.select("7./", List.of("only"), 1);
        assertEquals(List.of("only"), s.result());
        Step step = s.steps().get(0);
        assertEquals(1, step.itemsLeft());
        assertEquals(BigInteger.ZERO, step.remainder());
        assertEquals(1, step.position());
        assertEquals(1, step.poolNumber());
    }

    @Test
    void seatsEqualToPoolOrdersTheWholePool() {
        Selection s = Rfc3797.select(RFC_KEY, RFC_POOL, RFC_POOL.size());
        assertEquals(RFC_RESULT, s.result().subList(0, 11), "a longer draw starts like the shorter one");
        assertEquals(new HashSet<>(RFC_POOL), new HashSet<>(s.result()));
        Step last = s.steps().get(s.steps().size() - 1);
        assertEquals(1, last.itemsLeft());
        assertEquals(BigInteger.ZERO, last.remainder());
    }

    @Test
    void positionCountsOnlyUnpickedItemsInPublishedOrder() {
        // Replays the RFC draw with a naive list to cross-check the Fenwick tree.
        Selection s = Rfc3797.select(RFC_KEY, RFC_POOL, 25);
        List<String> left = new ArrayList<>(RFC_POOL);
        for (Step step : s.steps()) {
            assertEquals(left.size(), step.itemsLeft());
            assertEquals(step.item(), left.remove(step.position() - 1));
            assertEquals(step.item(), RFC_POOL.get(step.poolNumber() - 1));
        }
    }

    @Test
    void largestPoolDrawsCompletelyAndFast() {
        List<String> pool = IntStream.rangeClosed(1, Rfc3797.MAX_POOL).mapToObj(i -> "m" + i).toList();
        Selection s = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Rfc3797.select("1./", pool, Rfc3797.MAX_POOL));
        assertEquals(Rfc3797.MAX_POOL, s.result().size());
        assertEquals(Rfc3797.MAX_POOL, new HashSet<>(s.result()).size(), "no item picked twice");
        Step last = s.steps().get(s.steps().size() - 1);
        assertEquals(Rfc3797.MAX_POOL - 1, last.index());
        assertEquals(1, last.itemsLeft());
        // Spot-check one late step against a direct computation.
        Step mid = s.steps().get(40_000);
        assertEquals(Rfc3797.digestHex("1./", 40_000), mid.md5Hex());
        assertEquals(new BigInteger(mid.md5Hex(), 16).mod(BigInteger.valueOf(Rfc3797.MAX_POOL - 40_000)),
                mid.remainder());
    }

    @Test
    void rejectsUnusableInput() {
        List<String> two = List.of("a", "b");
        assertMessage("seats must be 1 … 2, not 3", () -> Rfc3797.select("1./", two, 3));
        assertMessage("seats must be 1 … 2, not 0", () -> Rfc3797.select("1./", two, 0));
        assertMessage("\"a\" is listed twice (items 1 and 3)",
                () -> Rfc3797.select("1./", List.of("a", "b", "a"), 1));
        assertMessage("item 2 is blank", () -> Rfc3797.select("1./", List.of("a", " "), 1));
        assertMessage("the pool is empty", () -> Rfc3797.select("1./", List.of(), 1));
        assertMessage("the key string is empty", () -> Rfc3797.select("", two, 1));
        assertMessage("printable ASCII", () -> Rfc3797.select("1./é", two, 1));
        List<String> tooBig = IntStream.rangeClosed(1, Rfc3797.MAX_POOL + 1).mapToObj(i -> "m" + i).toList();
        assertMessage("at most 65535", () -> Rfc3797.select("1./", tooBig, 1));
    }

    static void assertMessage(String expectedPart, org.junit.jupiter.api.function.Executable call) {
        DrawInputException e = assertThrows(DrawInputException.class, call);
        assertTrue(e.getMessage().contains(expectedPart), () -> "message was: " + e.getMessage());
    }
}
