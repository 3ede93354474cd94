package org.plenary.render.chart;

/**
 * Point markers for line charts, a different shape per series (circle, square, diamond, triangles) so series stay
 * apart in greyscale print and for readers who cannot tell the colours apart.
 */
final class Markers {
    private static final int SHAPES = 5;

    private Markers() {
    }

    static void draw(SvgWriter w, int series, double cx, double cy, double r, String color, String tooltip) {
        switch (Math.floorMod(series, SHAPES)) {
            case 0 -> w.circle(cx, cy, r, color, tooltip);
            case 1 -> {
                double s = r * 0.9;
                w.polygon(new double[] {cx - s, cy - s, cx + s, cy - s, cx + s, cy + s, cx - s, cy + s}, color, tooltip);
            }
            case 2 -> {
                double s = r * 1.3;
                w.polygon(new double[] {cx, cy - s, cx + s, cy, cx, cy + s, cx - s, cy}, color, tooltip);
            }
            case 3 -> {
                double s = r * 1.25;
                w.polygon(new double[] {cx, cy - s, cx + s, cy + s * 0.8, cx - s, cy + s * 0.8}, color, tooltip);
            }
            default -> {
                double s = r * 1.25;
                w.polygon(new double[] {cx - s, cy - s * 0.8, cx + s, cy - s * 0.8, cx, cy + s}, color, tooltip);
            }
        }
    }
}
