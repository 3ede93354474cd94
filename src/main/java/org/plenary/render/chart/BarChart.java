package org.plenary.render.chart;

import com.ibm.icu.text.NumberFormat;
import java.util.Objects;
import org.plenary.render.chart.SvgWriter.Anchor;

/**
 * Vertical bars (columns), one band per category: funded trips per meeting, advice per year. Several series are
 * {@link BarLayout#STACKED stacked} (with the total printed over each stack) or {@link BarLayout#GROUPED grouped}.
 * A bar is drawn for every value above zero, each with a tooltip; values are printed over bars when every label
 * fits. Many categories (47 meetings) get turned, thinned labels; see {@link ColumnFrame}.
 */
public final class BarChart implements Chart {
    private static final double MAX_BAR = 56;
    private static final double MAX_GROUPED_BAR = 28;

    private final BarLayout layout;

    public BarChart(BarLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public static BarChart stacked() {
        return new BarChart(BarLayout.STACKED);
    }

    public static BarChart grouped() {
        return new BarChart(BarLayout.GROUPED);
    }

    @Override
    public RenderedChart render(ChartData data, ChartOptions o) {
        String cssClass = "chart chart-bar";
        if (data.isEmpty()) return NoData.render(o, cssClass);
        NumberFormat nf = o.numberFormat();
        int seriesCount = data.series().size();
        boolean stacked = layout == BarLayout.STACKED || seriesCount == 1;
        double max = stacked ? data.maxTotal() : data.maxValue();

        ColumnFrame frame = new ColumnFrame(data, o, max, Legend.Kind.SWATCH, o.valueLabels() ? Text.SMALL + 6 : 0);
        double barWidth = stacked ? Math.min(frame.band * 0.7, MAX_BAR) : Math.min(frame.band * 0.8, seriesCount * MAX_GROUPED_BAR) / seriesCount;
        boolean labelled = o.valueLabels() && labelsFit(data, nf, stacked, stacked ? frame.band : barWidth + 2);
        if (o.valueLabels() && !labelled) frame = new ColumnFrame(data, o, max, Legend.Kind.SWATCH, 0);

        SvgWriter w = new SvgWriter(frame.width, o.rtl());
        w.open(o.idPrefix(), o.title(), o.description(), frame.height, cssClass);
        frame.drawValueAxis(w);
        w.group("bars", null);
        for (int c = 0; c < frame.size(); c++) {
            String category = data.categories().get(c);
            double cx = frame.center(c);
            if (stacked) {
                double base = 0;
                boolean below = false;
                for (int s = 0; s < seriesCount; s++) {
                    double v = data.value(s, c);
                    if (v <= 0) continue;
                    double top = frame.y(base + v);
                    double h = frame.y(base) - top;
                    if (below && h > 2) h -= 1; // a hairline of page between stacked segments
                    w.rect(cx - barWidth / 2, top, barWidth, h, o.palette().color(s), Tooltip.of(data, s, c, v, nf));
                    base += v;
                    below = true;
                }
            } else {
                double left = cx - barWidth * seriesCount / 2;
                double inner = barWidth > 6 ? barWidth - 1.5 : barWidth;
                for (int s = 0; s < seriesCount; s++) {
                    double v = data.value(s, c);
                    if (v <= 0) continue;
                    double top = frame.y(v);
                    w.rect(left + s * barWidth, top, inner, frame.plotBottom - top, o.palette().color(s), Tooltip.of(data, s, c, v, nf));
                }
            }
        }
        w.endGroup();
        frame.drawCategoryAxis(w);
        if (labelled) {
            w.group("values", "font-size=\"" + SvgWriter.num(Text.SMALL) + "\"");
            for (int c = 0; c < frame.size(); c++) {
                double cx = frame.center(c);
                if (stacked) {
                    double total = data.total(c);
                    w.text(cx, frame.y(total) - 4, nf.format(total), Anchor.MIDDLE, Text.INHERIT, 0);
                } else {
                    double left = cx - barWidth * seriesCount / 2;
                    for (int s = 0; s < seriesCount; s++) {
                        double v = data.value(s, c);
                        w.text(left + (s + 0.5) * barWidth, frame.y(v) - 4, nf.format(v), Anchor.MIDDLE, Text.INHERIT, 0);
                    }
                }
            }
            w.endGroup();
        }
        return new RenderedChart(w.finish(), DataTable.render(data, o));
    }

    private static boolean labelsFit(ChartData data, NumberFormat nf, boolean stacked, double room) {
        for (int c = 0; c < data.categories().size(); c++) {
            if (stacked) {
                if (Text.width(nf.format(data.total(c)), Text.SMALL) + 2 > room) return false;
            } else {
                for (int s = 0; s < data.series().size(); s++) {
                    if (Text.width(nf.format(data.value(s, c)), Text.SMALL) > room) return false;
                }
            }
        }
        return true;
    }
}
