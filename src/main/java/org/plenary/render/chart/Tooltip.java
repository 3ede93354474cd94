package org.plenary.render.chart;

import com.ibm.icu.text.NumberFormat;

/** The hover text of a bar or point: where it is and its value, the same facts as its cell in the data table. */
final class Tooltip {
    private Tooltip() {
    }

    /** "ICANN58 – Fellowship: 3", or "ICANN58: 3" for a single (or unnamed) series. */
    static String of(ChartData data, int series, int category, double value, NumberFormat nf) {
        String name = data.series().get(series).name();
        String label = data.categories().get(category);
        String where = data.series().size() > 1 && !name.isBlank() ? label + " – " + name : label;
        return where + ": " + nf.format(value);
    }
}
