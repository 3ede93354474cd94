package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgWriterTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "5, 5", "12.25, 12.3", "12.24, 12.2", "-3.14, -3.1", "-0.04, 0", "0.05, 0.1", "1e-9, 0",
            "1234567.89, 1234567.9", "699.96, 700", "-12.5, -12.5"})
    void coordinatesHaveAtMostOneDecimal(double value, String expected) {
        assertEquals(expected, SvgWriter.num(value));
    }

    @Test
    void coordinatesIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (String tag : new String[] {"fr", "ar-EG", "de", "ru"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertEquals("1234.5", SvgWriter.num(1234.5));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nonFiniteCoordinatesAreABug() {
        assertThrows(IllegalStateException.class, () -> SvgWriter.num(Double.NaN));
        assertThrows(IllegalStateException.class, () -> SvgWriter.num(Double.POSITIVE_INFINITY));
    }

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("R&amp;D &lt;b&gt; &quot;x&quot; &#39;y&#39;", SvgWriter.escape("R&D <b> \"x\" 'y'"));
        assertEquals("plain", SvgWriter.escape("plain"));
        assertEquals("", SvgWriter.escape(null));
    }

    @Test
    void dropsCharactersXmlForbidsButKeepsEveryScript() {
        assertEquals("ab\tc", SvgWriter.escape("a\u0000b\u0007\tc\uFFFF"));
        assertEquals("الأفريقية 非洲 😀", SvgWriter.escape("الأفريقية 非洲 😀"));
        assertEquals("x", SvgWriter.escape("x\uD800"));
        assertEquals("y", SvgWriter.escape("\uDC00y"));
    }

    @Test
    void mirrorsXAndRotationWhenRtl() {
        SvgWriter w = new SvgWriter(700, true);
        w.open("m", "T", "", 100, "chart");
        w.rect(10, 0, 40, 5, "#000000", null);
        w.text(100, 50, "a", SvgWriter.Anchor.END, Text.FONT, -45);
        String svg = w.finish();
        assertEquals(true, svg.contains("<rect x=\"650\" y=\"0\" width=\"40\""), svg);
        assertEquals(true, svg.contains("transform=\"rotate(45 600 50)\""), svg);
        assertEquals(true, svg.contains("direction=\"rtl\""), svg);
    }
}
