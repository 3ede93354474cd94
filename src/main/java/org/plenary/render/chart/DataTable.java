package org.plenary.render.chart;

import static org.plenary.render.chart.SvgWriter.escape;

import com.ibm.icu.text.NumberFormat;

/**
 * The chart's data as an HTML table, the text alternative a template shows in a {@code <details>}: caption, a
 * header row of series ({@code <th scope="col">}), a header cell per category ({@code <th scope="row">}), numbers
 * in {@code class="num"} cells formatted like the chart's, optional totals.
 */
final class DataTable {
    private DataTable() {
    }

    static String render(ChartData data, ChartOptions o) {
        NumberFormat nf = o.numberFormat();
        boolean several = data.series().size() > 1;
        boolean totals = o.totalLabel() != null;
        StringBuilder b = new StringBuilder(256 + 64 * data.categories().size() * (data.series().size() + 1));
        b.append("<table class=\"chart-table\">\n<caption>").append(escape(o.title())).append("</caption>\n");
        b.append("<thead><tr><th scope=\"col\">").append(escape(o.categoryLabel())).append("</th>");
        for (Series s : data.series()) {
            String header = !several && s.name().isBlank() ? o.valueLabel() : s.name();
            b.append("<th scope=\"col\" class=\"num\">").append(escape(header)).append("</th>");
        }
        if (totals && several) b.append("<th scope=\"col\" class=\"num\">").append(escape(o.totalLabel())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (int c = 0; c < data.categories().size(); c++) {
            b.append("<tr><th scope=\"row\">").append(escape(data.categories().get(c))).append("</th>");
            for (int s = 0; s < data.series().size(); s++) cell(b, nf.format(data.value(s, c)));
            if (totals && several) cell(b, nf.format(data.total(c)));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n");
        if (totals) {
            b.append("<tfoot><tr><th scope=\"row\">").append(escape(o.totalLabel())).append("</th>");
            double grand = 0;
            for (int s = 0; s < data.series().size(); s++) {
                double t = data.seriesTotal(s);
                grand += t;
                cell(b, nf.format(t));
            }
            if (several) cell(b, nf.format(grand));
            b.append("</tr></tfoot>\n");
        }
        return b.append("</table>").toString();
    }

    private static void cell(StringBuilder b, String text) {
        b.append("<td class=\"num\">").append(escape(text)).append("</td>");
    }
}
