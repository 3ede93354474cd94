package org.plenary.render.chart;

/**
 * A chart ready to embed: the inline SVG and the same data as an HTML table, its text alternative. In a Jte
 * template: {@code $unsafe{chart.svg()}} and, for instance, {@code <details><summary>…</summary>$unsafe{chart.table()}</details>}.
 *
 * @param svg   an {@code <svg role="img">} element, labelled by its own title and description
 * @param table a {@code <table>} with a caption and row and column headers; empty when there is no data
 */
public record RenderedChart(String svg, String table) {
    public boolean hasTable() {
        return !table.isEmpty();
    }
}
