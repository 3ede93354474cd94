package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data, options, palette and text metrics: the pieces every chart relies on. */
class ModelTest {

    @Test
    void negativeAndNonFiniteValuesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Series.of("Trips", 1, -2));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Series.of("Trips", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Series.of("Trips", Double.POSITIVE_INFINITY));
    }

    @Test
    void everySeriesNeedsAValuePerCategory() {
        assertThrows(IllegalArgumentException.class, () -> ChartData.of(List.of("a", "b"), Series.of("s", 1)));
    }

    @Test
    void sumsAndMaxima() {
        ChartData d = ChartData.of(List.of("a", "b"), Series.of("s", 1, 4), Series.of("t", List.of(3, 2)));
        assertEquals(4, d.total(0));
        assertEquals(6, d.maxTotal());
        assertEquals(4, d.maxValue());
        assertEquals(5, d.seriesTotal(0));
        assertTrue(d.wholeNumbers());
        assertFalse(ChartData.of(List.of("a"), Series.of("s", 0.5)).wholeNumbers());
        assertTrue(ChartData.empty().isEmpty());
        assertTrue(new ChartData(List.of("a"), List.of()).isEmpty());
    }

    @Test
    void idPrefixMustBeAnId() {
        for (String bad : new String[] {"", "1abc", "a b", "a\"b", "x<y", null}) {
            assertThrows(IllegalArgumentException.class, () -> ChartOptions.builder(bad, "T"), String.valueOf(bad));
        }
        assertEquals("trips-per_meeting2", ChartOptions.builder("trips-per_meeting2", "T").build().idPrefix());
    }

    @Test
    void numberFormatIsCopiedNotShared() {
        NumberFormat f = NumberFormat.getNumberInstance(ULocale.ENGLISH);
        ChartOptions o = ChartOptions.builder("p", "T").numberFormat(f).build();
        f.setMinimumFractionDigits(3);
        assertEquals("1,234", o.numberFormat().format(1234));
        o.numberFormat().setMinimumFractionDigits(2);
        assertEquals("1,234", o.numberFormat().format(1234));
    }

    @Test
    void okabeItoFirstAndRepeating() {
        Palette p = Palette.OKABE_ITO;
        assertEquals(7, p.colors().size());
        assertEquals("#0072b2", p.color(0));
        assertEquals(p.color(0), p.color(7));
        assertEquals("#abcdef", Palette.of("#ABCDEF", "#fff").color(0));
        assertThrows(IllegalArgumentException.class, () -> Palette.of("red"));
        assertThrows(IllegalArgumentException.class, () -> Palette.of("#12\"/><script>"));
    }

    /** WCAG 2.2 SC 1.4.11: every series colour of the default palette has at least 3:1 against a white page. */
    @Test
    void defaultPaletteColoursHaveThreeToOneContrastOnWhite() {
        assertEquals(Palette.ACCESSIBLE, ChartOptions.builder("c", "t").build().palette());
        for (String c : Palette.ACCESSIBLE.colors()) {
            double ratio = 1.05 / (luminance(c) + 0.05);
            assertTrue(ratio >= 3.0, c + " has only " + ratio + ":1 on white");
        }
        assertEquals(Palette.ACCESSIBLE.colors().size(), new java.util.HashSet<>(Palette.ACCESSIBLE.colors()).size());
    }

    /** Relative luminance of an sRGB #rrggbb colour (WCAG 2.2, definition of relative luminance). */
    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void textWidthTruncationAndWrapping() {
        assertTrue(Text.width("非洲地区", 13) > Text.width("Asia", 13));
        assertEquals("ICANN58", Text.truncate("ICANN58", 100, 12));
        String cut = Text.truncate("Latin America and Caribbean Islands Regional At-Large Organization", 120, 12);
        assertTrue(cut.endsWith("…") && Text.width(cut, 12) <= 120, cut);
        List<String> lines = Text.wrap("Latin America and Caribbean Islands", 200, 13, 2);
        assertEquals(List.of("Latin America and Caribbean", "Islands"), lines);
        List<String> two = Text.wrap("one two three four five six seven eight nine ten eleven twelve", 100, 13, 2);
        assertEquals(2, two.size());
        assertTrue(two.get(1).endsWith("…"), two.toString());
        assertEquals(2, Text.wrap("亚洲澳大利亚和太平洋岛屿地区一般会员组织", 100, 13, 2).size());
        List<String> longWord = Text.wrap("Internationalization Working Group", 80, 13, 2);
        assertTrue(longWord.get(0).startsWith("Internatio") && longWord.get(0).endsWith("…"), longWord.toString());
        assertTrue(longWord.get(1).startsWith("Working"), longWord.toString());
    }
}
