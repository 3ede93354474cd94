package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every kind of chart promises: accessible shell, escaping, determinism, edge cases, the data table. */
class ChartContractTest {

    static Stream<Named<Chart>> charts() {
        return Stream.of(Named.of("stacked bars", BarChart.stacked()), Named.of("grouped bars", BarChart.grouped()),
                Named.of("stacked horizontal bars", HorizontalBarChart.stacked()),
                Named.of("grouped horizontal bars", HorizontalBarChart.grouped()), Named.of("lines", new LineChart()));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void accessibleShell(Chart chart) {
        ChartData data = Fixtures.tripsPerRegionOverYears();
        RenderedChart c = chart.render(data, Fixtures.options("trips").categoryLabel("Year").valueLabel("Trips").build());
        Svg.assertAccessibleShell(c.svg(), "trips", "Title of trips", "What trips shows.");
        Document d = Svg.parse(c.svg());
        List<String> legend = Svg.texts(d, "g.legend text");
        assertEquals(Fixtures.REGIONS, legend, "a legend entry per series, in order");
        List<String> all = Svg.texts(d, "text");
        assertTrue(all.contains("Year") && all.contains("Trips"), "axis titles shown: " + all);
        for (String year : Fixtures.YEARS) assertTrue(all.contains(year), "category label " + year);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void withoutDescriptionOnlyTheTitleLabels(Chart chart) {
        RenderedChart c = chart.render(Fixtures.membersPerRegion(), ChartOptions.builder("m", "Members").build());
        Svg.assertAccessibleShell(c.svg(), "m", "Members", "");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void escapesEveryText(Chart chart) {
        String evil = "R&D <script>alert(\"x\")</script> 'q'";
        ChartData data = ChartData.of(List.of(evil, "b"), Series.of("S <&>", 3, 4), Series.of("T", 1, 2));
        ChartOptions o = ChartOptions.builder("esc", "Title <&>").description("Desc </desc><&>").categoryLabel("Cat <&>")
                .valueLabel("Val <&>").totalLabel("Total <&>").build();
        RenderedChart c = chart.render(data, o);
        Document d = Svg.parse(c.svg());
        assertTrue(d.select("script").isEmpty());
        assertEquals("Title <&>", d.getElementById("esc-title").text());
        assertEquals("Desc </desc><&>", d.getElementById("esc-desc").text());
        List<String> texts = Svg.texts(d, "text");
        assertTrue(texts.stream().anyMatch(t -> t.replace(" ", "").startsWith("R&D<script>".replace(" ", ""))), texts.toString());
        assertTrue(texts.contains("S <&>") && texts.contains("Val <&>") && texts.contains("Cat <&>"), texts.toString());
        assertTrue(d.select("title").eachText().contains(evil + " – S <&>: 3"), "tooltip escaped");
        assertFalse(c.svg().contains("<script"));
        assertTrue(c.svg().contains("R&amp;D &lt;script&gt;"));

        org.jsoup.nodes.Document table = Jsoup.parseBodyFragment(c.table());
        assertTrue(table.select("script").isEmpty());
        assertEquals("Title <&>", table.selectFirst("caption").text());
        assertEquals(evil, table.selectFirst("tbody th").text());
        assertEquals(List.of("Cat <&>", "S <&>", "T", "Total <&>"), table.select("thead th").eachText());
    }

    @ParameterizedTest
    @MethodSource("charts")
    void deterministicAcrossRunsLocalesAndThreads(Chart chart) throws Exception {
        ChartData data = Fixtures.tripsPerMeeting();
        ChartOptions o = Fixtures.options("det").rtl(true).locale(ULocale.forLanguageTag("ar")).build();
        RenderedChart first = chart.render(data, o);
        assertEquals(first, chart.render(data, o));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertEquals(first, chart.render(data, o), "default locale must not leak into output");
        } finally {
            Locale.setDefault(saved);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedChart>> runs = pool.invokeAll(java.util.Collections.nCopies(8, () -> chart.render(data, o)));
            for (Future<RenderedChart> r : runs) assertEquals(first, r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void emptyDataShowsTheCallersMessage(Chart chart) {
        RenderedChart c = chart.render(ChartData.empty(), Fixtures.options("none").noDataMessage("No trips <yet>").build());
        Svg.assertAccessibleShell(c.svg(), "none", "Title of none", "What none shows.");
        Document d = Svg.parse(c.svg());
        assertEquals(List.of("No trips <yet>"), Svg.texts(d, "text"));
        assertTrue(d.select("rect, path, circle").isEmpty());
        assertFalse(c.hasTable());
        RenderedChart noSeries = chart.render(new ChartData(List.of("a"), List.of()), Fixtures.options("none").build());
        assertEquals(List.of("No data"), Svg.texts(Svg.parse(noSeries.svg()), "text"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void allZerosDrawAnAxisAndNoBars(Chart chart) {
        ChartData data = ChartData.of(List.of("ICANN67", "ICANN68", "ICANN69"), Series.of("ALAC", 0, 0, 0), Series.of("NextGen", 0, 0, 0));
        RenderedChart c = chart.render(data, Fixtures.options("zero").build());
        Document d = Svg.parse(c.svg());
        assertTrue(d.select("g.bars rect").isEmpty());
        assertEquals(List.of("0", "1"), Svg.texts(d, "g.axis-value text"));
        assertTrue(c.table().contains("<td class=\"num\">0</td>"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void singleCategory(Chart chart) {
        ChartData data = ChartData.of(List.of("ICANN80"), Series.of("Trips", 17));
        RenderedChart c = chart.render(data, Fixtures.options("one").build());
        Svg.assertAccessibleShell(c.svg(), "one", "Title of one", "What one shows.");
        Document d = Svg.parse(c.svg());
        assertTrue(Svg.texts(d, "text").contains("ICANN80"));
        assertTrue(Svg.texts(d, "text").contains("17"), "value label");
        assertEquals(List.of("0", "5", "10", "15", "20"), Svg.texts(d, "g.axis-value text"), "nice ticks for 17");
        for (Element r : d.select("g.bars rect")) assertTrue(Math.min(Svg.num(r, "width"), Svg.num(r, "height")) <= 56, "no slab");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void numbersFollowTheLocaleCoordinatesDoNot(Chart chart) {
        ChartData data = ChartData.of(List.of("أفريقيا", "أوروبا"), Series.of("الرحلات", 1200, 3400));
        RenderedChart c = chart.render(data, Fixtures.options("ar").locale(ULocale.forLanguageTag("ar-EG")).rtl(true).build());
        Document d = Svg.parse(c.svg());
        Svg.assertCoordinatesPlain(d);
        List<String> ticks = Svg.texts(d, "g.axis-value text");
        assertTrue(ticks.contains("٠") && ticks.contains("١٬٠٠٠"), ticks.toString());
        assertTrue(Svg.texts(d, "g.values text").contains("٣٬٤٠٠"));
        assertTrue(c.table().contains(">١٬٢٠٠<"));
        assertEquals("rtl", Svg.root(d).attr("direction"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void callersNumberFormatIsUsed(Chart chart) {
        NumberFormat pct = NumberFormat.getPercentInstance(ULocale.ENGLISH);
        ChartData data = ChartData.of(List.of("a", "b"), Series.of("Share", 0.25, 0.5));
        RenderedChart c = chart.render(data, Fixtures.options("pct").numberFormat(pct).build());
        assertTrue(Svg.texts(Svg.parse(c.svg()), "text").contains("50%"));
        assertTrue(c.table().contains(">25%<"));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void dataTableHasCaptionAndHeaders(Chart chart) {
        ChartData data = Fixtures.membersPerRegion();
        RenderedChart c = chart.render(data, Fixtures.options("tbl").categoryLabel("Region").totalLabel("Total").build());
        org.jsoup.nodes.Document t = Jsoup.parseBodyFragment(c.table());
        Element table = t.selectFirst("table");
        assertEquals("Title of tbl", table.selectFirst("caption").text());
        assertEquals(List.of("Region", "Members", "Active", "Voting", "Total"), t.select("thead th[scope=col]").eachText());
        assertEquals(Fixtures.REGIONS, t.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("120", "60", "20", "200"), t.select("tbody tr").first().select("td").eachText());
        assertEquals(List.of("495", "243", "72", "810"), t.select("tfoot td").eachText());
        assertEquals("Total", t.selectFirst("tfoot th[scope=row]").text());

        RenderedChart single = chart.render(ChartData.of(List.of("2024"), Series.of("", 3)),
                Fixtures.options("tbl").categoryLabel("Year").valueLabel("Trips").build());
        org.jsoup.nodes.Document s = Jsoup.parseBodyFragment(single.table());
        assertEquals(List.of("Year", "Trips"), s.select("thead th").eachText(), "unnamed series takes the value label");
        assertTrue(s.select("tfoot").isEmpty());
    }
}
