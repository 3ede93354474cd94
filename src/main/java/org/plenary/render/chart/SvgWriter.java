package org.plenary.render.chart;

import org.plenary.output.XmlText;

/**
 * Writes SVG markup for one chart, with the two things every chart gets wrong otherwise: escaping and numbers.
 *
 * <p>Coordinates are written with at most one decimal, half-up, with no locale involved (so a French or Arabic
 * default locale can never produce {@code 12,5} or Arabic-Indic digits inside an attribute). Charts lay themselves
 * out left-to-right; when the writer is {@code rtl} it mirrors every x coordinate and rotation around the vertical
 * centre line, and because the root element also carries {@code direction="rtl"}, logical text anchors
 * ({@code start}/{@code end}) flip with it: a label anchored at its {@code end} next to a left-hand y axis ends up
 * anchored at its end next to the right-hand axis. Lines are separated by {@code \n}, never the platform separator.
 */
final class SvgWriter {
    /** Logical text anchor, as in SVG's {@code text-anchor}; {@code START} is the side where reading begins. */
    enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }

    private final StringBuilder out = new StringBuilder(8192);
    private final double width;
    private final boolean rtl;

    SvgWriter(double width, boolean rtl) {
        this.width = width;
        this.rtl = rtl;
    }

    boolean rtl() {
        return rtl;
    }

    /** The x coordinate at which a point laid out at {@code x} (left-to-right) is drawn. */
    double x(double x) {
        return rtl ? width - x : x;
    }

    /** Opens the root element, with the accessible name and description, and the shared text defaults. */
    void open(String idPrefix, String title, String description, double height, String cssClass) {
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        boolean hasDesc = description != null && !description.isBlank();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(escape(cssClass))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(escape(titleId));
        if (hasDesc) out.append(' ').append(escape(descId));
        out.append("\" direction=\"").append(rtl ? "rtl" : "ltr")
                .append("\" font-family=\"inherit\" font-size=\"").append(num(Text.FONT))
                .append("\" fill=\"currentColor\">\n");
        out.append("<title id=\"").append(escape(titleId)).append("\">").append(escape(title)).append("</title>\n");
        if (hasDesc) {
            out.append("<desc id=\"").append(escape(descId)).append("\">").append(escape(description)).append("</desc>\n");
        }
    }

    void group(String cssClass, String attributes) {
        out.append("<g class=\"").append(escape(cssClass)).append('"');
        if (attributes != null && !attributes.isEmpty()) out.append(' ').append(attributes);
        out.append(">\n");
    }

    void endGroup() {
        out.append("</g>\n");
    }

    /** A rectangle laid out left-to-right at {@code x..x+w}; {@code tooltip} (may be null) becomes its title. */
    void rect(double x, double y, double w, double h, String fill, String tooltip) {
        double left = rtl ? width - x - w : x;
        out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\" fill=\"").append(escape(fill)).append('"');
        closeShape("rect", tooltip);
    }

    void circle(double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(num(x(cx))).append("\" cy=\"").append(num(cy))
                .append("\" r=\"").append(num(r)).append("\" fill=\"").append(escape(fill)).append('"');
        closeShape("circle", tooltip);
    }

    /** A closed polygon of left-to-right points {@code x0,y0,x1,y1,…}. */
    void polygon(double[] points, String fill, String tooltip) {
        out.append("<path d=\"");
        for (int i = 0; i < points.length; i += 2) {
            out.append(i == 0 ? "M" : " L").append(num(x(points[i]))).append(' ').append(num(points[i + 1]));
        }
        out.append(" Z\" fill=\"").append(escape(fill)).append('"');
        closeShape("path", tooltip);
    }

    /** An open polyline through left-to-right points {@code x0,y0,x1,y1,…}. */
    void polyline(double[] points, String stroke, double strokeWidth) {
        out.append("<path d=\"");
        for (int i = 0; i < points.length; i += 2) {
            out.append(i == 0 ? "M" : " L").append(num(x(points[i]))).append(' ').append(num(points[i + 1]));
        }
        out.append("\" fill=\"none\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"").append(num(strokeWidth))
                .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
    }

    /** A straight line in {@code currentColor} at the given opacity. */
    void line(double x1, double y1, double x2, double y2, double opacity) {
        out.append("<line x1=\"").append(num(x(x1))).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x(x2))).append("\" y2=\"").append(num(y2))
                .append("\" stroke=\"currentColor\"");
        if (opacity < 1) out.append(" stroke-opacity=\"").append(num(opacity)).append('"');
        out.append("/>\n");
    }

    /** A line of text; {@code angle} in degrees (clockwise, as SVG), mirrored with the layout. */
    void text(double x, double y, String text, Anchor anchor, double fontSize, double angle) {
        double ax = x(x);
        out.append("<text x=\"").append(num(ax)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != Anchor.START) out.append(" text-anchor=\"").append(anchor.svg).append('"');
        if (fontSize != Text.FONT && fontSize != Text.INHERIT) out.append(" font-size=\"").append(num(fontSize)).append('"');
        if (angle != 0) {
            out.append(" transform=\"rotate(").append(num(rtl ? -angle : angle)).append(' ').append(num(ax))
                    .append(' ').append(num(y)).append(")\"");
        }
        out.append('>').append(escape(text)).append("</text>\n");
    }

    /** Two or more lines of text sharing an x, the first baseline at {@code y}. */
    void lines(double x, double y, java.util.List<String> lines, Anchor anchor, double fontSize, double lineHeight) {
        if (lines.size() == 1) {
            text(x, y, lines.get(0), anchor, fontSize, 0);
            return;
        }
        double ax = x(x);
        out.append("<text x=\"").append(num(ax)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != Anchor.START) out.append(" text-anchor=\"").append(anchor.svg).append('"');
        if (fontSize != Text.FONT && fontSize != Text.INHERIT) out.append(" font-size=\"").append(num(fontSize)).append('"');
        out.append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(num(ax)).append('"');
            if (i > 0) out.append(" dy=\"").append(num(lineHeight)).append('"');
            out.append('>').append(escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
    }

    String finish() {
        out.append("</svg>");
        return out.toString();
    }

    private void closeShape(String tag, String tooltip) {
        if (tooltip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></").append(tag).append(">\n");
        }
    }

    /**
     * A coordinate with at most one decimal, half away from zero, without locale: {@code 12}, {@code 12.5},
     * {@code -0.3}; never {@code -0}, {@code 1e3} or {@code 12,5}.
     */
    static String num(double v) {
        if (!Double.isFinite(v)) throw new IllegalStateException("not a finite coordinate: " + v);
        long tenths = Math.round(Math.abs(v) * 10);
        if (tenths == 0) return "0";
        StringBuilder b = new StringBuilder(8);
        if (v < 0) b.append('-');
        b.append(tenths / 10);
        long frac = tenths % 10;
        if (frac != 0) b.append('.').append(frac);
        return b.toString();
    }

    /** Escapes text for SVG content and attributes; see {@link XmlText#escape}. */
    static String escape(String s) {
        return XmlText.escape(s);
    }
}
