package org.plenary.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.draw.Rfc3797Test.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyStringTest {

    private static String key(String... values) {
        return KeyString.of(List.of(new Source("s", List.of(values))));
    }

    @Test
    void integersAreSortedNumericallyNotAsText() {
        assertEquals("2.5.8.10.12./", key("2", "5", "12", "8", "10"));
        assertEquals("9.10.100./", key("100", "9", "10"));
    }

    @Test
    void duplicatesAreKept() {
        assertEquals("3.3.7./", key("7", "3", "3"));
    }

    @Test
    void leadingZerosAreDroppedAndAllowed() {
        assertEquals("17./", key("017"));
        assertEquals("0./", key("000"));
        assertEquals("3.9.17./", key("9", "3", "017"));
        assertEquals("7.1/", key("007.10"));
    }

    @Test
    void decimalsLoseTrailingZerosAndHaveNoTrailingPeriod() {
        assertEquals("10.073/", key("10.0730"));
        assertEquals("0.5/", key("0.50"));
        assertEquals("10./", key("10.000"), "a decimal with a zero fraction is the integer 10");
    }

    @Test
    void sourcesWithDecimalsKeepTheirGivenOrder() {
        assertEquals("2.51.25/", key("2.5", "1.25"));
        assertEquals("3.1.5/", key("3", "1.5"), "mixed source: order kept, integer still gets its period");
    }

    @Test
    void briefExample() {
        assertEquals("10.073/3.9.17./", KeyString.of(List.of(
                new Source("a", List.of("10.0730")),
                new Source("b", List.of("9", "3", "017")))));
    }

    @Test
    void sourcesStayInAnnouncedOrder() {
        assertEquals("5./1./", KeyString.of(List.of(new Source("x", List.of("5")), new Source("y", List.of("1")))));
    }

    @Test
    void surroundingWhitespaceIsIgnoredAndHugeIntegersKeepEveryDigit() {
        assertEquals("42./", key(" 42 "));
        assertEquals("123456789012345678901234567890./", key("000123456789012345678901234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+1", "1e3", "1,000", ".5", "5.", "", " ", "abc", "12a", "1.2.3", "\uFF11\uFF12",
            "0x10", "١٢"})
    void rejectsGarbageWithTheSourceAndValueInTheMessage(String bad) {
        assertMessage("source \"lotto\": value \"" + bad + "\" is not a non-negative integer",
                () -> KeyString.of(List.of(new Source("lotto", List.of("1", bad)))));
    }

    @Test
    void rejectsMissingSourcesAndValues() {
        assertMessage("at least one source", () -> KeyString.of(List.of()));
        assertMessage("source \"empty\" has no values", () -> KeyString.of(List.of(new Source("empty", List.of()))));
    }

    @Test
    void partsAndSortingAreExposedForDisplay() {
        Source lotto = new Source("lotto", List.of("12", "8"));
        assertEquals("8.12./", KeyString.part(lotto));
        assertTrue(KeyString.isSorted(lotto));
        assertFalse(KeyString.isSorted(new Source("dow", List.of("10.0730"))));
    }

    @Test
    void valueOrderComparesFractionsAsDecimals() {
        SourceValue a = SourceValue.parse("s", "1.5");
        SourceValue b = SourceValue.parse("s", "1.25");
        assertTrue(a.compareTo(b) > 0);
        assertEquals(0, SourceValue.parse("s", "01.50").compareTo(a));
        assertEquals(6, SourceValue.parse("s", "10.0730").digits());
    }
}
