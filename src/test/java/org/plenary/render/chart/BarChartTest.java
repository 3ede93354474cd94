package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static Document render(Chart chart, ChartData data, ChartOptions o) {
        return Svg.parse(chart.render(data, o).svg());
    }

    @Test
    void aBarPerNonZeroValueStackedAndGrouped() {
        ChartData meetings = Fixtures.tripsPerMeeting();
        ChartData regions = Fixtures.tripsPerRegionOverYears();
        for (Chart chart : List.of(BarChart.stacked(), BarChart.grouped())) {
            assertEquals(Fixtures.nonZero(meetings), render(chart, meetings, Fixtures.options("m").build()).select("g.bars rect").size());
            assertEquals(Fixtures.nonZero(regions), render(chart, regions, Fixtures.options("r").build()).select("g.bars rect").size());
        }
    }

    @Test
    void barsCarryTheirSeriesColourAndATooltip() {
        Document d = render(BarChart.stacked(), Fixtures.tripsPerRegionOverYears(), Fixtures.options("c").build());
        Element first = d.selectFirst("g.bars rect");
        assertEquals(Palette.ACCESSIBLE.color(0), first.attr("fill"));
        assertEquals("2018 – Africa: 3", first.selectFirst("title").text());
    }

    @Test
    void stackedSegmentsSitOnEachOther() {
        ChartData data = ChartData.of(List.of("2024"), Series.of("A", 4), Series.of("B", 0), Series.of("C", 6));
        Document d = render(BarChart.stacked(), data, Fixtures.options("s").valueLabels(false).build());
        Elements bars = d.select("g.bars rect");
        assertEquals(2, bars.size());
        Element a = bars.get(0);
        Element c = bars.get(1);
        assertEquals(Svg.num(a, "x"), Svg.num(c, "x"));
        assertEquals(Svg.num(a, "y"), Svg.num(c, "y") + Svg.num(c, "height") + 1, 0.11, "one unit of page between segments");
        assertEquals(Palette.ACCESSIBLE.color(2), c.attr("fill"), "a series keeps its colour when another is missing");
        double baseline = Svg.num(a, "y") + Svg.num(a, "height");
        double perUnit = Svg.num(a, "height") / 4;
        assertEquals(10 * perUnit, baseline - Svg.num(c, "y"), 0.2, "stack reaches the total");
    }

    @Test
    void groupedBarsStandSideBySideFromTheBaseline() {
        Document d = render(BarChart.grouped(), Fixtures.membersPerRegion(), Fixtures.options("g").build());
        Elements bars = d.select("g.bars rect");
        Element members = bars.get(0);
        Element active = bars.get(1);
        Element voting = bars.get(2);
        assertEquals(Svg.num(members, "y") + Svg.num(members, "height"), Svg.num(active, "y") + Svg.num(active, "height"), 0.11);
        assertTrue(Svg.num(members, "x") + Svg.num(members, "width") <= Svg.num(active, "x"));
        assertTrue(Svg.num(active, "x") + Svg.num(active, "width") <= Svg.num(voting, "x"));
        assertEquals(Svg.num(members, "height") / 2, Svg.num(active, "height"), 0.11, "120 vs 60");
    }

    @Test
    void valueLabelsShowTotalsWhenTheyFit() {
        Document d = render(BarChart.stacked(), Fixtures.tripsPerRegionOverYears(), Fixtures.options("v").build());
        ChartData data = Fixtures.tripsPerRegionOverYears();
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < data.categories().size(); c++) expected.add(String.valueOf((long) data.total(c)));
        assertEquals(expected, Svg.texts(d, "g.values text"));
        assertEquals("12", d.selectFirst("g.values").attr("font-size"));

        Document off = render(BarChart.stacked(), data, Fixtures.options("v").valueLabels(false).build());
        assertTrue(off.select("g.values").isEmpty());
    }

    @Test
    void fortySevenMeetingsGetTurnedThinnedLabels() {
        ChartData data = Fixtures.tripsPerMeeting();
        Document d = render(BarChart.stacked(), data, Fixtures.options("m").build());
        Elements labels = d.select("g.axis-category text");
        assertTrue(labels.size() >= 20 && labels.size() < 47, "thinned, not gone: " + labels.size());
        assertEquals("ICANN93", labels.last().text(), "the latest meeting is always labelled");
        for (Element t : labels) {
            assertTrue(t.attr("transform").startsWith("rotate(-45 "), t.outerHtml());
            assertTrue(Svg.num(t, "font-size") >= 12);
        }
        List<Double> xs = labels.stream().map(t -> Svg.num(t, "x")).sorted().toList();
        for (int i = 1; i < xs.size(); i++) assertTrue(xs.get(i) - xs.get(i - 1) >= 19, "turned labels keep a line apart");
        assertTrue(d.select("g.values").isEmpty(), "no room for values over 47 thin bars; the table has them");
    }

    @Test
    void fewShortLabelsStayHorizontal() {
        Document d = render(BarChart.stacked(), Fixtures.tripsPerRegionOverYears(), Fixtures.options("y").build());
        Elements labels = d.select("g.axis-category text");
        assertEquals(Fixtures.YEARS, labels.eachText());
        for (Element t : labels) assertFalse(t.hasAttr("transform"));
    }

    @Test
    void longLabelsAreCutWithTheFullTextInTooltipAndTable() {
        String longName = "Extraordinary Joint Meeting of the At-Large Advisory Committee and Regional Leaders";
        ChartData data = ChartData.of(List.of(longName, "b", "c", "d", "e", "f", "g", "h"), Series.of("x", 1, 2, 3, 4, 5, 6, 7, 8));
        RenderedChart c = BarChart.stacked().render(data, Fixtures.options("l").build());
        Document d = Svg.parse(c.svg());
        String shown = d.selectFirst("g.axis-category text").text();
        assertTrue(shown.endsWith("…") && shown.length() < longName.length(), shown);
        assertTrue(d.select("g.bars title").eachText().contains(longName + ": 1"));
        assertTrue(c.table().contains(longName));
    }

    @Test
    void rtlMirrorsTheCategoryAxis() {
        ChartData data = Fixtures.tripsPerRegionOverYears();
        Document ltr = render(BarChart.grouped(), data, Fixtures.options("l").build());
        Document rtl = render(BarChart.grouped(), data, Fixtures.options("r").rtl(true).build());
        assertEquals("ltr", Svg.root(ltr).attr("direction"));
        assertEquals("rtl", Svg.root(rtl).attr("direction"));
        Elements a = ltr.select("g.bars rect");
        Elements b = rtl.select("g.bars rect");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            double mirrored = 700 - Svg.num(a.get(i), "x") - Svg.num(a.get(i), "width");
            assertEquals(mirrored, Svg.num(b.get(i), "x"), 0.15, "bar " + i);
            assertEquals(a.get(i).attr("y"), b.get(i).attr("y"));
        }
        assertTrue(Svg.num(b.first(), "x") > Svg.num(b.last(), "x"), "the first year is on the right");
        for (Element tick : rtl.select("g.axis-value text")) assertTrue(Svg.num(tick, "x") > 650, "value axis on the right");
        for (Element tick : ltr.select("g.axis-value text")) assertTrue(Svg.num(tick, "x") < 50, "value axis on the left");
        assertEquals(ltr.select("g.axis-value text").eachAttr("text-anchor"), rtl.select("g.axis-value text").eachAttr("text-anchor"),
                "logical anchors: 'end' sits against the axis on both sides");
        List<Double> legendL = ltr.select("g.legend rect").stream().map(r -> Svg.num(r, "x")).toList();
        List<Double> legendR = rtl.select("g.legend rect").stream().map(r -> Svg.num(r, "x")).toList();
        assertTrue(legendL.get(0) < legendL.get(1) && legendR.get(0) > legendR.get(1), "legend reads in the page's direction");
    }

    @Test
    void rtlTurnsLabelsTheOtherWay() {
        Document d = render(BarChart.stacked(), Fixtures.tripsPerMeeting(), Fixtures.options("m").valueLabel("Trips").rtl(true).build());
        Elements labels = d.select("g.axis-category text");
        for (Element t : labels) assertTrue(t.attr("transform").startsWith("rotate(45 "), t.outerHtml());
        Element latest = labels.stream().max(Comparator.comparing(t -> t.text())).orElseThrow();
        assertEquals("ICANN93", latest.text());
        assertTrue(Svg.num(latest, "x") < 100, "the latest meeting is on the left in RTL");
        Element title = d.select("g.axis-value text").last();
        assertEquals("Trips", title.text());
        assertTrue(title.attr("transform").startsWith("rotate(90 ") && Svg.num(title, "x") > 680, "axis title on the right: " + title.outerHtml());
    }

    @Test
    void legendOnlyForSeveralSeries() {
        assertTrue(render(BarChart.stacked(), ChartData.of(List.of("a", "b"), Series.of("Trips", 1, 2)), Fixtures.options("s").build())
                .select("g.legend").isEmpty());
        Document d = render(BarChart.stacked(), Fixtures.tripsPerMeeting(), Fixtures.options("s").build());
        assertEquals(List.of("ALAC", "Fellowship", "NextGen"), Svg.texts(d, "g.legend text"));
        assertEquals(Palette.ACCESSIBLE.colors().subList(0, 3), d.select("g.legend rect").eachAttr("fill"));
    }

    @Test
    void heightIsSensibleAndTextReadable() {
        Document d = render(BarChart.stacked(), Fixtures.tripsPerMeeting(), Fixtures.options("h").categoryLabel("Meeting").valueLabel("Trips").build());
        String[] box = Svg.root(d).attr("viewBox").split(" ");
        double w = Double.parseDouble(box[2]);
        double h = Double.parseDouble(box[3]);
        assertEquals(700, w);
        assertTrue(h > 300 && h < 460, "height " + h);
        assertEquals("13", Svg.root(d).attr("font-size"));
        for (Element t : d.select("text")) assertTrue(Svg.num(t, "y") <= h && Svg.num(t, "y") > 0, t.outerHtml());
    }

    @Test
    void fractionalValuesGetFractionalTicks() {
        ChartData data = ChartData.of(List.of("a", "b"), Series.of("Share", 0.25, 0.7));
        Document d = render(BarChart.stacked(), data, Fixtures.options("f").locale(com.ibm.icu.util.ULocale.FRANCE).build());
        assertEquals(List.of("0,0", "0,2", "0,4", "0,6", "0,8"), Svg.texts(d, "g.axis-value text"));
        assertEquals(List.of("0,25", "0,7"), Svg.texts(d, "g.values text"));
    }
}
