package org.plenary.output;

/**
 * The one escaper for markup written without a template: SVG charts, Atom feeds, the sitemap, the open-data page.
 * Its output is safe in XML and HTML, in text and in single- or double-quoted attributes.
 */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes text for XML content and double- or single-quoted attributes (and so for HTML too). Characters XML 1.0
     * forbids (C0 controls other than tab/newline/return, unpaired surrogates, U+FFFE/U+FFFF) are dropped.
     */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> allowed(s, i) ? null : "";
            };
            if (rep == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(rep);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (c == 0xFFFE || c == 0xFFFF) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}
