package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisTest {

    private static String ticks(Axis a) {
        return String.join(" ", a.ticks().stream().map(BigDecimal::toPlainString).toList());
    }

    @ParameterizedTest(name = "max {0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "17     | true  | 0 5 10 15 20",
            "20     | true  | 0 5 10 15 20",
            "47     | true  | 0 10 20 30 40 50",
            "100    | true  | 0 20 40 60 80 100",
            "101    | true  | 0 50 100 150",
            "3      | true  | 0 1 2 3",
            "1      | true  | 0 1",
            "0      | true  | 0 1",
            "0.7    | false | 0 0.2 0.4 0.6 0.8",
            "1      | false | 0 0.2 0.4 0.6 0.8 1",
            "0.03   | false | 0 0.01 0.02 0.03",
            "1234   | true  | 0 500 1000 1500",
            "250000 | true  | 0 50000 100000 150000 200000 250000"})
    void niceTicks(double max, boolean integers, String expected) {
        assertEquals(expected, ticks(Axis.nice(max, 5, integers)));
    }

    @Test
    void topCoversTheData() {
        for (double max = 0.01; max < 5000; max *= 1.37) {
            Axis a = Axis.nice(max, 5, false);
            assertEquals(true, a.max() >= max, "max " + max + " → " + ticks(a));
            assertEquals(true, a.ticks().size() <= 12, "max " + max + " → " + ticks(a));
        }
    }

    @Test
    void fractionDigitsFollowTheStep() {
        assertEquals(0, Axis.nice(17, 5, true).fractionDigits());
        assertEquals(1, Axis.nice(0.7, 5, false).fractionDigits());
        assertEquals(2, Axis.nice(0.03, 5, false).fractionDigits());
        assertEquals(0, Axis.nice(250000, 5, true).fractionDigits());
    }

    @Test
    void countsNeverGetFractionalTicks() {
        assertEquals(List.of(0.0, 1.0, 2.0), Axis.nice(2, 8, true).ticks().stream().map(BigDecimal::doubleValue).toList());
    }

    @Test
    void rejectsNegativeAndNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> Axis.nice(-1, 5, true));
        assertThrows(IllegalArgumentException.class, () -> Axis.nice(Double.NaN, 5, true));
        assertThrows(IllegalArgumentException.class, () -> Axis.nice(10, 0, true));
    }
}
