package org.plenary.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values, one per category. Values must be finite and not negative.
 *
 * @param name   shown in the legend, tooltips and the data table's column header (already translated)
 * @param values one value per category of the chart's {@link ChartData}
 */
public record Series(String name, List<Double> values) {
    public Series {
        Objects.requireNonNull(name, "series name");
        Objects.requireNonNull(values, "series values");
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) throw new IllegalArgumentException("series '" + name + "': value " + i + " is not a number: " + v);
            if (v < 0) throw new IllegalArgumentException("series '" + name + "': value " + i + " is negative (" + v + "); charts show counts and amounts only");
        }
    }

    public static Series of(String name, double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) list.add(v);
        return new Series(name, list);
    }

    /** Accepts any numbers, e.g. a {@code List<Integer>} or {@code List<Long>} of counts. */
    public static Series of(String name, List<? extends Number> values) {
        List<Double> list = new ArrayList<>(values.size());
        for (Number n : values) list.add(Objects.requireNonNull(n, "series value").doubleValue());
        return new Series(name, list);
    }
}
