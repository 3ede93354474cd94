package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HorizontalBarChartTest {

    private static Document render(Chart chart, ChartData data, ChartOptions o) {
        return Svg.parse(chart.render(data, o).svg());
    }

    @Test
    void aBarPerNonZeroValue() {
        ChartData data = Fixtures.membersPerRegion();
        assertEquals(Fixtures.nonZero(data), render(HorizontalBarChart.grouped(), data, Fixtures.options("g").build()).select("g.bars rect").size());
        assertEquals(Fixtures.nonZero(data), render(HorizontalBarChart.stacked(), data, Fixtures.options("s").build()).select("g.bars rect").size());
    }

    @Test
    void groupedBarsStartAtTheAxisAndAreToScale() {
        Document d = render(HorizontalBarChart.grouped(), Fixtures.membersPerRegion(), Fixtures.options("g").build());
        Elements bars = d.select("g.bars rect");
        double axis = Svg.num(bars.first(), "x");
        for (Element b : bars) assertEquals(axis, Svg.num(b, "x"));
        assertEquals(Svg.num(bars.get(0), "width") / 2, Svg.num(bars.get(1), "width"), 0.11, "120 vs 60 members");
        assertTrue(Svg.num(bars.get(0), "y") < Svg.num(bars.get(1), "y"), "series top to bottom within a region");
        assertEquals(List.of("120", "60", "20", "95"), Svg.texts(d, "g.values text").subList(0, 4));
        Element firstValue = d.selectFirst("g.values text");
        assertTrue(Svg.num(firstValue, "x") > Svg.num(bars.get(0), "x") + Svg.num(bars.get(0), "width"), "value past the bar's end");
    }

    @Test
    void namesBesideBarsWrapOntoTwoLines() {
        Document d = render(HorizontalBarChart.grouped(), Fixtures.membersPerRegion(), Fixtures.options("n").build());
        Elements names = d.select("g.axis-category text");
        assertEquals(Fixtures.REGIONS, Svg.texts(d, "g.axis-category text").stream().map(s -> s.replace("  ", " ")).toList());
        for (Element t : names) {
            assertTrue(t.select("tspan").size() <= 2);
            assertEquals("end", t.attr("text-anchor"));
        }
        assertTrue(names.stream().anyMatch(t -> t.select("tspan").size() == 2), "the longest region name wraps");
    }

    @Test
    void rtlPutsNamesOnTheRightAndGrowsBarsLeftwards() {
        ChartData data = Fixtures.membersPerRegion();
        Document ltr = render(HorizontalBarChart.grouped(), data, Fixtures.options("l").build());
        Document rtl = render(HorizontalBarChart.grouped(), data, Fixtures.options("r").rtl(true).build());
        Elements a = ltr.select("g.bars rect");
        Elements b = rtl.select("g.bars rect");
        double rightEdge = Svg.num(b.first(), "x") + Svg.num(b.first(), "width");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(700 - Svg.num(a.get(i), "x") - Svg.num(a.get(i), "width"), Svg.num(b.get(i), "x"), 0.15);
            assertEquals(rightEdge, Svg.num(b.get(i), "x") + Svg.num(b.get(i), "width"), 0.15, "all bars start at the right-hand axis");
        }
        for (Element name : rtl.select("g.axis-category text")) assertTrue(Svg.num(name, "x") > rightEdge);
        for (Element value : rtl.select("g.values text")) assertTrue(Svg.num(value, "x") < rightEdge);
    }

    @Test
    void growsWithCategoriesKeepingTextSize() {
        ChartData five = Fixtures.membersPerRegion();
        ChartData fortySeven = Fixtures.tripsPerMeeting();
        double h5 = height(render(HorizontalBarChart.stacked(), five, Fixtures.options("a").build()));
        double h47 = height(render(HorizontalBarChart.stacked(), fortySeven, Fixtures.options("b").build()));
        assertTrue(h47 > 47 * 30 && h5 < 300, h5 + " / " + h47);
        Document d = render(HorizontalBarChart.stacked(), fortySeven, Fixtures.options("b").build());
        assertEquals(47, d.select("g.axis-category text").size(), "every category named");
    }

    @Test
    void stackedTotalsAtTheEnd() {
        Document d = render(HorizontalBarChart.stacked(), Fixtures.membersPerRegion(), Fixtures.options("t").build());
        assertEquals(List.of("200", "163", "235", "110", "102"), Svg.texts(d, "g.values text"));
    }

    @Test
    void categoryTitleHeadsTheNames() {
        Document d = render(HorizontalBarChart.grouped(), Fixtures.membersPerRegion(), Fixtures.options("c").categoryLabel("Region").build());
        Element title = d.selectFirst("g.axis-category text");
        assertEquals("Region", title.text());
        assertTrue(Svg.num(title, "y") < Svg.num(d.selectFirst("g.bars rect"), "y"));
    }

    private static double height(Document d) {
        return Double.parseDouble(Svg.root(d).attr("viewBox").split(" ")[3]);
    }
}
