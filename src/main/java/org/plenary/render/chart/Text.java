package org.plenary.render.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Font sizes and a deterministic estimate of how wide a label will be. The page's font is unknown at build time,
 * so widths are estimated per character class (wide for CJK and Hangul, narrow for {@code i l . ,}); estimates err
 * wide so labels get room rather than overlap.
 */
final class Text {
    /** Axis, legend and category labels: 13 units, i.e. 13px when the chart is shown 700px wide. */
    static final double FONT = 13;
    /** Value labels and rotated category labels; never below 12. */
    static final double SMALL = 12;
    /** Passed as a font size: write none, inherit the enclosing group's. */
    static final double INHERIT = 0;
    static final String ELLIPSIS = "…";

    private Text() {
    }

    static double width(String s, double fontSize) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            em += advance(cp);
        }
        return em * fontSize;
    }

    private static double advance(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        if ("il.,:;'|!`()[]".indexOf(cp) >= 0 || cp == ' ' || cp == '\u00a0' || cp == '\u202f') return 0.3;
        if (cp >= '0' && cp <= '9') return 0.58;
        if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W' || cp == '@' || cp == '%') return 0.85;
        if (cp < 0x80) return Character.isUpperCase(cp) ? 0.68 : 0.56;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0x3000 && cp <= 0x303F)) {
            return 1.0;
        }
        return 0.62;
    }

    /** {@code s} cut to fit {@code max} units, ending in an ellipsis when cut. */
    static String truncate(String s, double max, double fontSize) {
        if (width(s, fontSize) <= max) return s;
        double budget = max - width(ELLIPSIS, fontSize);
        StringBuilder b = new StringBuilder();
        double used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            double w = advance(cp) * fontSize;
            if (used + w > budget) break;
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.toString().stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code s} broken at spaces into at most {@code maxLines} lines of at most {@code max} units; the last line is
     * truncated when the text does not fit. Text without spaces (Chinese) is broken anywhere.
     */
    static List<String> wrap(String s, double max, double fontSize, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1 || width(rest, fontSize) <= max) {
                lines.add(truncate(rest, max, fontSize));
                break;
            }
            int cut = breakPoint(rest, max, fontSize);
            lines.add(truncate(rest.substring(0, cut).stripTrailing(), max, fontSize));
            rest = rest.substring(cut).stripLeading();
        }
        if (lines.isEmpty()) lines.add("");
        return lines;
    }

    private static int breakPoint(String s, double max, double fontSize) {
        int lastSpace = -1;
        int fits = 0;
        double used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            double w = advance(cp) * fontSize;
            if (used + w > max) break;
            if (Character.isWhitespace(cp)) lastSpace = i;
            used += w;
            i += Character.charCount(cp);
            fits = i;
        }
        if (lastSpace > 0) return lastSpace;
        // A first word longer than the line: keep it whole (cut with an ellipsis) rather than split it; only
        // text written without spaces is broken anywhere.
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return Math.max(fits, Character.charCount(s.codePointAt(0)));
    }
}
