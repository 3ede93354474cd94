package org.plenary.render.chart;

/** What every chart renders for empty data: a short SVG with the caller's message, and no table. */
final class NoData {
    private static final double HEIGHT = 64;

    private NoData() {
    }

    static RenderedChart render(ChartOptions o, String cssClass) {
        SvgWriter w = new SvgWriter(o.width(), o.rtl());
        w.open(o.idPrefix(), o.title(), o.description(), HEIGHT, cssClass + " chart-empty");
        w.text(o.width() / 2.0, HEIGHT / 2 + Text.FONT * 0.35, o.noDataMessage(), SvgWriter.Anchor.MIDDLE, Text.FONT, 0);
        return new RenderedChart(w.finish(), "");
    }
}
