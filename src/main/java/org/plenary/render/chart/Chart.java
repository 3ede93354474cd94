package org.plenary.render.chart;

/** A kind of chart. Implementations are immutable and thread-safe; rendering is deterministic. */
public interface Chart {
    /**
     * Renders {@code data}; empty data gives a short SVG carrying {@link ChartOptions#noDataMessage()} and no table.
     */
    RenderedChart render(ChartData data, ChartOptions options);
}
