package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class LineChartTest {
    private final LineChart chart = new LineChart();

    private Document render(ChartData data, ChartOptions o) {
        return Svg.parse(chart.render(data, o).svg());
    }

    @Test
    void aLinePerSeriesAndAMarkerPerValue() {
        ChartData data = Fixtures.tripsPerRegionOverYears();
        Document d = render(data, Fixtures.options("l").build());
        Elements lines = d.select("g.lines > path[fill=none]");
        assertEquals(5, lines.size());
        for (Element l : lines) assertEquals(Fixtures.YEARS.size(), l.attr("d").split("L").length, "a vertex per year");
        Elements markers = d.select("g.lines > circle, g.lines > path:not([fill=none])");
        assertEquals(5 * Fixtures.YEARS.size(), markers.size(), "zeros are points too");
        assertEquals("2018 – Africa: 3", markers.first().selectFirst("title").text());
        assertEquals(Palette.ACCESSIBLE.colors().subList(0, 5), lines.eachAttr("stroke"));
    }

    @Test
    void seriesDifferInShapeNotOnlyColour() {
        Document d = render(Fixtures.tripsPerRegionOverYears(), Fixtures.options("s").build());
        Set<String> shapes = new HashSet<>();
        for (Element m : d.select("g.lines > circle, g.lines > path:not([fill=none])")) {
            shapes.add(m.tagName().equals("circle") ? "circle" : m.attr("d").split("L").length + "-gon");
        }
        assertTrue(shapes.size() >= 3, shapes.toString());
        assertEquals(5, d.select("g.legend > path[fill=none]").size(), "legend shows line samples");
    }

    @Test
    void aSingleCategoryIsAPointNotALine() {
        Document d = render(ChartData.of(List.of("2024"), Series.of("Trips", 4)), Fixtures.options("p").build());
        assertTrue(d.select("g.lines > path[fill=none]").isEmpty());
        assertEquals(1, d.select("g.lines > circle").size());
    }

    @Test
    void singleSeriesGetsValueLabels() {
        Document d = render(ChartData.of(Fixtures.YEARS, Series.of("Trips", 3, 5, 0, 8, 13, 21, 34)), Fixtures.options("v").build());
        assertEquals(List.of("3", "5", "0", "8", "13", "21", "34"), Svg.texts(d, "g.values text"));
        Document many = render(Fixtures.tripsPerRegionOverYears(), Fixtures.options("v").build());
        assertTrue(many.select("g.values").isEmpty(), "labels on five crossing lines would collide");
    }

    @Test
    void rtlRunsTimeFromTheRight() {
        ChartData data = Fixtures.tripsPerRegionOverYears();
        Document ltr = render(data, Fixtures.options("l").build());
        Document rtl = render(data, Fixtures.options("r").rtl(true).build());
        Elements a = ltr.select("g.lines > circle");
        Elements b = rtl.select("g.lines > circle");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(700 - Svg.num(a.get(i), "cx"), Svg.num(b.get(i), "cx"), 0.11);
            assertEquals(a.get(i).attr("cy"), b.get(i).attr("cy"));
        }
        assertTrue(Svg.num(b.get(0), "cx") > Svg.num(b.get(1), "cx"), "2018 right of 2019");
        List<String> years = rtl.select("g.axis-category text").eachText();
        assertEquals(Fixtures.YEARS, years);
        assertTrue(Svg.num(rtl.select("g.axis-category text").first(), "x") > Svg.num(rtl.select("g.axis-category text").last(), "x"));
    }

    @Test
    void manyPointsThinTheLabelsLikeBars() {
        ChartData data = ChartData.of(Fixtures.meetings(), Series.of("Trips", Fixtures.tripsPerMeeting().series().get(0).values()));
        Document d = render(data, Fixtures.options("m").build());
        int shown = d.select("g.axis-category text").size();
        assertTrue(shown >= 20 && shown < 47, "shown " + shown);
        assertEquals(47, d.select("g.lines > circle").size());
    }
}
