package org.plenary.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The key of a multi-series chart: a swatch (bars) or a line with its marker (lines) and the series name, laid out
 * in reading order and wrapped onto as many rows as needed within the plot's width.
 */
final class Legend {
    enum Kind { SWATCH, LINE }

    static final double ROW = 20;
    private static final double GAP = 18;
    private static final double SWATCH = 12;
    private static final double LINE = 24;
    private static final double TEXT_GAP = 6;

    private final Kind kind;
    private final Palette palette;
    private final List<String> labels = new ArrayList<>();
    private final List<double[]> positions = new ArrayList<>(); // {x, row}
    private final int rows;

    Legend(List<Series> series, Palette palette, Kind kind, double left, double right) {
        this.kind = kind;
        this.palette = palette;
        double key = kind == Kind.SWATCH ? SWATCH : LINE;
        double maxText = Math.max(40, right - left - key - TEXT_GAP);
        double x = left;
        int row = 0;
        for (Series s : series) {
            String label = Text.truncate(s.name(), maxText, Text.FONT);
            double w = key + TEXT_GAP + Text.width(label, Text.FONT);
            if (x > left && x + w > right) {
                row++;
                x = left;
            }
            labels.add(label);
            positions.add(new double[] {x, row});
            x += w + GAP;
        }
        this.rows = row + 1;
    }

    double height() {
        return rows * ROW;
    }

    void draw(SvgWriter w, double top) {
        w.group("legend", null);
        for (int i = 0; i < labels.size(); i++) {
            double x = positions.get(i)[0];
            double mid = top + positions.get(i)[1] * ROW + ROW / 2;
            String color = palette.color(i);
            double textX;
            if (kind == Kind.SWATCH) {
                w.rect(x, mid - SWATCH / 2, SWATCH, SWATCH, color, null);
                textX = x + SWATCH + TEXT_GAP;
            } else {
                w.polyline(new double[] {x, mid, x + LINE, mid}, color, LineChart.STROKE);
                Markers.draw(w, i, x + LINE / 2, mid, 3.5, color, null);
                textX = x + LINE + TEXT_GAP;
            }
            w.text(textX, mid + Text.FONT * 0.35, labels.get(i), SvgWriter.Anchor.START, Text.FONT, 0);
        }
        w.endGroup();
    }
}
