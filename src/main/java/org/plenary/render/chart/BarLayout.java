package org.plenary.render.chart;

/** How bar charts place several series in one category. */
public enum BarLayout {
    /** Side by side, each from the baseline: for series that overlap or nest (members, active, voting). */
    GROUPED,
    /** On top of each other, the first at the baseline: for parts of a whole (trips by programme). */
    STACKED
}
