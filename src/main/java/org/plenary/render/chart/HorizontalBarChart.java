package org.plenary.render.chart;

import com.ibm.icu.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plenary.render.chart.SvgWriter.Anchor;

/**
 * Horizontal bars, one row per category, for long category names and comparisons: members, active and voting
 * members per region. Names sit beside their bars (wrapped onto two lines, then cut with an ellipsis, beyond a third
 * of the width); values are printed at the bars' ends; the value axis runs along the bottom. The chart grows taller
 * with each category, so text keeps its size however many there are. In RTL, names are on the right and bars grow
 * leftwards.
 */
public final class HorizontalBarChart implements Chart {
    private static final double PAD = ColumnFrame.PAD;
    private static final double BAR = 22;
    private static final double STACK_BAND = 34;
    private static final double GROUPED_BAR = 16;
    private static final double GROUP_GAP = 14;
    private static final double LINE_HEIGHT = Text.FONT * 1.2;

    private final BarLayout layout;

    public HorizontalBarChart(BarLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public static HorizontalBarChart stacked() {
        return new HorizontalBarChart(BarLayout.STACKED);
    }

    public static HorizontalBarChart grouped() {
        return new HorizontalBarChart(BarLayout.GROUPED);
    }

    @Override
    public RenderedChart render(ChartData data, ChartOptions o) {
        String cssClass = "chart chart-hbar";
        if (data.isEmpty()) return NoData.render(o, cssClass);
        NumberFormat nf = o.numberFormat();
        int seriesCount = data.series().size();
        int n = data.categories().size();
        boolean stacked = layout == BarLayout.STACKED || seriesCount == 1;
        double width = o.width();

        // Category names: a column of at most a third of the width, two lines at most.
        double widest = 0;
        for (String c : data.categories()) widest = Math.max(widest, Text.width(c, Text.FONT));
        double labelColumn = Math.min(widest, width / 3);
        List<List<String>> names = new ArrayList<>(n);
        for (String c : data.categories()) names.add(Text.wrap(c, labelColumn, Text.FONT, 2));

        // Room at the bars' ends for the longest value label.
        double valueRoom = 0;
        if (o.valueLabels()) {
            for (int c = 0; c < n; c++) {
                if (stacked) {
                    valueRoom = Math.max(valueRoom, Text.width(nf.format(data.total(c)), Text.SMALL));
                } else {
                    for (int s = 0; s < seriesCount; s++) valueRoom = Math.max(valueRoom, Text.width(nf.format(data.value(s, c)), Text.SMALL));
                }
            }
            valueRoom += 6;
        }
        double plotLeft = PAD + labelColumn + 8;
        double max = stacked ? data.maxTotal() : data.maxValue();
        double roughPlot = width - PAD - valueRoom - plotLeft;
        Axis axis = Axis.nice(max, Math.max(3, Math.min(6, (int) (roughPlot / 70))), data.wholeNumbers());
        NumberFormat tf = o.tickFormat(axis.fractionDigits());
        List<String> ticks = new ArrayList<>();
        for (var t : axis.ticks()) ticks.add(tf.format(t.doubleValue()));
        double lastTick = Text.width(ticks.get(ticks.size() - 1), Text.FONT);
        double plotRight = width - PAD - Math.max(valueRoom, lastTick / 2);
        double plotWidth = plotRight - plotLeft;

        // Above the plot: the legend over the bars, the category title over the names.
        double y = PAD;
        Legend legend = null;
        double legendTop = y;
        double header = 0;
        if (seriesCount > 1) {
            legend = new Legend(data.series(), o.palette(), Legend.Kind.SWATCH, plotLeft, width - PAD);
            header = legend.height();
        }
        if (!o.categoryLabel().isBlank()) header = Math.max(header, Legend.ROW);
        if (header > 0) y += header + 6;
        double band = stacked ? STACK_BAND : seriesCount * GROUPED_BAR + GROUP_GAP;
        band = Math.max(band, 2 * LINE_HEIGHT + 4);
        double plotTop = y;
        double plotBottom = plotTop + n * band;
        double tickBaseline = plotBottom + 6 + Text.FONT;
        double height = Math.ceil(tickBaseline + (o.valueLabel().isBlank() ? 0 : Text.FONT + 10) + PAD);

        SvgWriter w = new SvgWriter(width, o.rtl());
        w.open(o.idPrefix(), o.title(), o.description(), height, cssClass);

        w.group("axis axis-value", null);
        for (int i = 0; i < ticks.size(); i++) {
            double x = plotLeft + axis.ticks().get(i).doubleValue() / axis.max() * plotWidth;
            if (i > 0) w.line(x, plotTop, x, plotBottom, 0.2);
            w.text(x, tickBaseline, ticks.get(i), Anchor.MIDDLE, Text.FONT, 0);
        }
        if (!o.valueLabel().isBlank()) {
            w.text((plotLeft + plotRight) / 2, height - PAD - 2, o.valueLabel(), Anchor.MIDDLE, Text.FONT, 0);
        }
        w.endGroup();

        w.group("bars", null);
        for (int c = 0; c < n; c++) {
            double bandTop = plotTop + c * band;
            if (stacked) {
                double top = bandTop + (band - BAR) / 2;
                double base = 0;
                boolean before = false;
                for (int s = 0; s < seriesCount; s++) {
                    double v = data.value(s, c);
                    if (v <= 0) continue;
                    double x0 = plotLeft + base / axis.max() * plotWidth;
                    double len = v / axis.max() * plotWidth;
                    if (before && len > 2) {
                        x0 += 1; // a hairline of page between stacked segments
                        len -= 1;
                    }
                    w.rect(x0, top, len, BAR, o.palette().color(s), Tooltip.of(data, s, c, v, nf));
                    base += v;
                    before = true;
                }
            } else {
                double top = bandTop + GROUP_GAP / 2;
                for (int s = 0; s < seriesCount; s++) {
                    double v = data.value(s, c);
                    if (v <= 0) continue;
                    w.rect(plotLeft, top + s * GROUPED_BAR, v / axis.max() * plotWidth, GROUPED_BAR - 1.5,
                            o.palette().color(s), Tooltip.of(data, s, c, v, nf));
                }
            }
        }
        w.endGroup();

        w.group("axis axis-category", null);
        w.line(plotLeft, plotTop, plotLeft, plotBottom, 0.6);
        if (!o.categoryLabel().isBlank()) {
            w.text(plotLeft - 8, PAD + Legend.ROW / 2 + Text.FONT * 0.35, Text.truncate(o.categoryLabel(), Math.max(labelColumn, 60), Text.FONT),
                    Anchor.END, Text.FONT, 0);
        }
        for (int c = 0; c < n; c++) {
            List<String> lines = names.get(c);
            double mid = plotTop + (c + 0.5) * band;
            double first = mid + Text.FONT * 0.35 - (lines.size() - 1) * LINE_HEIGHT / 2;
            w.lines(plotLeft - 8, first, lines, Anchor.END, Text.FONT, LINE_HEIGHT);
        }
        w.endGroup();

        if (o.valueLabels()) {
            w.group("values", "font-size=\"" + SvgWriter.num(Text.SMALL) + "\"");
            for (int c = 0; c < n; c++) {
                double bandTop = plotTop + c * band;
                if (stacked) {
                    double total = data.total(c);
                    w.text(plotLeft + total / axis.max() * plotWidth + 4, bandTop + band / 2 + Text.SMALL * 0.35,
                            nf.format(total), Anchor.START, Text.INHERIT, 0);
                } else {
                    for (int s = 0; s < seriesCount; s++) {
                        double v = data.value(s, c);
                        double mid = bandTop + GROUP_GAP / 2 + s * GROUPED_BAR + (GROUPED_BAR - 1.5) / 2;
                        w.text(plotLeft + v / axis.max() * plotWidth + 4, mid + Text.SMALL * 0.35, nf.format(v), Anchor.START, Text.INHERIT, 0);
                    }
                }
            }
            w.endGroup();
        }
        if (legend != null) legend.draw(w, legendTop);
        return new RenderedChart(w.finish(), DataTable.render(data, o));
    }
}
