package org.plenary.render.chart;

import com.ibm.icu.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.plenary.render.chart.SvgWriter.Anchor;

/**
 * Layout shared by column and line charts: categories along the bottom in equal bands, a value axis from zero with
 * gridlines, the legend above the plot. Laid out left-to-right; {@link SvgWriter} mirrors it for RTL.
 *
 * <p>Category labels stay horizontal when every label fits its band. Otherwise they are turned 45° and, when even
 * turned they would touch, only every n-th is shown, counted back from the last category (the most recent, for
 * time), with a tick mark under each category shown. Turned labels are cut at {@value #MAX_TURNED} units with an
 * ellipsis; the full text is in the bars' tooltips and the data table.
 */
final class ColumnFrame {
    static final double PAD = 8;
    private static final double MAX_TURNED = 120;
    private static final double SIN45 = Math.sqrt(0.5);

    final double width;
    final double height;
    final double plotLeft;
    final double plotRight;
    final double plotTop;
    final double plotBottom;
    final double band;
    final Axis axis;
    private final ChartData data;
    private final ChartOptions options;
    private final List<String> tickLabels = new ArrayList<>();
    private final Legend legend;
    private final double legendTop;
    private final boolean turned;
    private final int step;
    private final List<String> labels = new ArrayList<>();

    /**
     * @param dataMax  the largest value the plot must reach (a single value, or a stack's total)
     * @param headroom space to keep above the plot for labels over the tallest bar or point
     */
    ColumnFrame(ChartData data, ChartOptions o, double dataMax, Legend.Kind legendKind, double headroom) {
        this.data = data;
        this.options = o;
        this.width = o.width();
        int target = Math.max(2, (int) Math.round(o.plotHeight() / 50.0));
        this.axis = Axis.nice(dataMax, target, data.wholeNumbers());
        NumberFormat tf = o.tickFormat(axis.fractionDigits());
        double tickWidth = 0;
        for (var t : axis.ticks()) {
            String label = tf.format(t.doubleValue());
            tickLabels.add(label);
            tickWidth = Math.max(tickWidth, Text.width(label, Text.FONT));
        }
        double axisTitle = o.valueLabel().isBlank() ? 0 : Text.FONT + 8;
        this.plotLeft = PAD + axisTitle + tickWidth + 6;
        this.plotRight = width - PAD - 4;

        double y = PAD;
        if (data.series().size() > 1) {
            legend = new Legend(data.series(), o.palette(), legendKind, plotLeft, plotRight);
            legendTop = y;
            y += legend.height() + 4;
        } else {
            legend = null;
            legendTop = 0;
        }
        this.plotTop = y + Math.max(headroom, Text.FONT * 0.6);
        this.plotBottom = plotTop + o.plotHeight();

        int n = data.categories().size();
        this.band = (plotRight - plotLeft) / n;
        double widest = 0;
        for (String c : data.categories()) widest = Math.max(widest, Text.width(c, Text.FONT));
        double labelBlock;
        if (widest + 6 <= band) {
            turned = false;
            step = 1;
            labels.addAll(data.categories());
            labelBlock = Text.FONT + 10;
        } else {
            turned = true;
            // Turned 45°, neighbouring labels are band·sin45 apart; they need about 1.15 line heights.
            step = (int) Math.ceil(Text.SMALL * 1.15 / (band * SIN45) - 1e-9);
            double longest = 0;
            for (String c : data.categories()) {
                String t = Text.truncate(c, MAX_TURNED, Text.SMALL);
                labels.add(t);
                longest = Math.max(longest, Text.width(t, Text.SMALL));
            }
            labelBlock = longest * SIN45 + Text.SMALL + 12;
        }
        double categoryTitle = o.categoryLabel().isBlank() ? 0 : Text.FONT + 10;
        this.height = Math.ceil(plotBottom + labelBlock + categoryTitle + PAD);
    }

    int size() {
        return data.categories().size();
    }

    /** The centre of category {@code i}'s band. */
    double center(int i) {
        return plotLeft + (i + 0.5) * band;
    }

    /** The y of value {@code v}. */
    double y(double v) {
        return plotBottom - v / axis.max() * (plotBottom - plotTop);
    }

    boolean labelShown(int i) {
        return (size() - 1 - i) % step == 0;
    }

    boolean turned() {
        return turned;
    }

    int step() {
        return step;
    }

    /** Gridlines, value-axis labels and title: drawn first, under the data. */
    void drawValueAxis(SvgWriter w) {
        w.group("axis axis-value", null);
        for (int i = 0; i < tickLabels.size(); i++) {
            double y = y(axis.ticks().get(i).doubleValue());
            if (i > 0) w.line(plotLeft, y, plotRight, y, 0.2);
            w.text(plotLeft - 6, y + Text.FONT * 0.35, tickLabels.get(i), Anchor.END, Text.FONT, 0);
        }
        if (!options.valueLabel().isBlank()) {
            w.text(PAD + Text.FONT - 2, (plotTop + plotBottom) / 2, options.valueLabel(), Anchor.MIDDLE, Text.FONT, -90);
        }
        w.endGroup();
    }

    /** Baseline, category labels and title, legend: drawn over the data. */
    void drawCategoryAxis(SvgWriter w) {
        w.group("axis axis-category", null);
        w.line(plotLeft, plotBottom, plotRight, plotBottom, 0.6);
        for (int i = 0; i < size(); i++) {
            if (!labelShown(i)) continue;
            double x = center(i);
            if (turned) {
                if (step > 1) w.line(x, plotBottom, x, plotBottom + 4, 0.6);
                w.text(x + Text.SMALL * 0.35, plotBottom + 10, labels.get(i), Anchor.END, Text.SMALL, -45);
            } else {
                w.text(x, plotBottom + 6 + Text.FONT, labels.get(i), Anchor.MIDDLE, Text.FONT, 0);
            }
        }
        if (!options.categoryLabel().isBlank()) {
            w.text((plotLeft + plotRight) / 2, height - PAD - 2, options.categoryLabel(), Anchor.MIDDLE, Text.FONT, 0);
        }
        w.endGroup();
        if (legend != null) legend.draw(w, legendTop);
    }
}
