package org.plenary.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows: categories along one axis (meetings, years, regions; in reading order, oldest first for time)
 * and one or more series with a value for each. No categories or no series is "no data", which charts render as
 * the caller's message.
 *
 * @param categories category labels, already translated and formatted by the caller
 * @param series     the series, in legend and stacking order (the first is drawn at the baseline)
 */
public record ChartData(List<String> categories, List<Series> series) {
    public ChartData {
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public static ChartData of(List<String> categories, Series... series) {
        return new ChartData(categories, List.of(series));
    }

    public static ChartData empty() {
        return new ChartData(List.of(), List.of());
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    public double value(int series, int category) {
        return this.series.get(series).values().get(category);
    }

    /** The sum of all series for one category (the height of a stacked bar). */
    public double total(int category) {
        double t = 0;
        for (Series s : series) t += s.values().get(category);
        return t;
    }

    /** The sum of one series over all categories. */
    public double seriesTotal(int series) {
        double t = 0;
        for (double v : this.series.get(series).values()) t += v;
        return t;
    }

    /** The largest single value (0 when empty). */
    public double maxValue() {
        double m = 0;
        for (Series s : series) for (double v : s.values()) m = Math.max(m, v);
        return m;
    }

    /** The largest category total (0 when empty). */
    public double maxTotal() {
        double m = 0;
        for (int c = 0; c < categories.size(); c++) m = Math.max(m, total(c));
        return m;
    }

    /** Whether every value is a whole number, so axes need no fractional ticks. */
    public boolean wholeNumbers() {
        for (Series s : series) for (double v : s.values()) if (v != Math.rint(v)) return false;
        return true;
    }
}
