package org.plenary.render.chart;

import com.ibm.icu.text.NumberFormat;
import org.plenary.render.chart.SvgWriter.Anchor;

/**
 * Trend lines, one per series, over categories in order (years, meetings): funded trips per region over the years.
 * Every value gets a marker (a different shape per series) with a tooltip; a single series also gets its values
 * printed over the points when they all fit. Shares its axes and label thinning with {@link BarChart}.
 */
public final class LineChart implements Chart {
    static final double STROKE = 2.5;

    @Override
    public RenderedChart render(ChartData data, ChartOptions o) {
        String cssClass = "chart chart-line";
        if (data.isEmpty()) return NoData.render(o, cssClass);
        NumberFormat nf = o.numberFormat();
        int seriesCount = data.series().size();
        double max = data.maxValue();

        ColumnFrame frame = new ColumnFrame(data, o, max, Legend.Kind.LINE, o.valueLabels() && seriesCount == 1 ? Text.SMALL + 10 : 0);
        boolean labelled = o.valueLabels() && seriesCount == 1 && labelsFit(data, nf, frame.band);
        if (o.valueLabels() && seriesCount == 1 && !labelled) frame = new ColumnFrame(data, o, max, Legend.Kind.LINE, 0);
        double r = frame.band >= 16 ? 3.5 : 2.5;

        SvgWriter w = new SvgWriter(frame.width, o.rtl());
        w.open(o.idPrefix(), o.title(), o.description(), frame.height, cssClass);
        frame.drawValueAxis(w);
        frame.drawCategoryAxis(w);
        w.group("lines", null);
        for (int s = 0; s < seriesCount; s++) {
            String color = o.palette().color(s);
            int n = frame.size();
            if (n > 1) {
                double[] points = new double[2 * n];
                for (int c = 0; c < n; c++) {
                    points[2 * c] = frame.center(c);
                    points[2 * c + 1] = frame.y(data.value(s, c));
                }
                w.polyline(points, color, STROKE);
            }
            for (int c = 0; c < n; c++) {
                double v = data.value(s, c);
                Markers.draw(w, s, frame.center(c), frame.y(v), r, color, Tooltip.of(data, s, c, v, nf));
            }
        }
        w.endGroup();
        if (labelled) {
            w.group("values", "font-size=\"" + SvgWriter.num(Text.SMALL) + "\"");
            for (int c = 0; c < frame.size(); c++) {
                double v = data.value(0, c);
                w.text(frame.center(c), frame.y(v) - 8, nf.format(v), Anchor.MIDDLE, Text.INHERIT, 0);
            }
            w.endGroup();
        }
        return new RenderedChart(w.finish(), DataTable.render(data, o));
    }

    private static boolean labelsFit(ChartData data, NumberFormat nf, double band) {
        for (int c = 0; c < data.categories().size(); c++) {
            if (Text.width(nf.format(data.value(0, c)), Text.SMALL) + 4 > band) return false;
        }
        return true;
    }
}
