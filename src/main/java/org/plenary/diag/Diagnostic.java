package org.plenary.diag;

/**
 * One problem found in the input, located precisely enough for a person to fix it.
 *
 * @param code a stable machine-readable kind, e.g. {@code unknown-key}, {@code dangling-reference}
 */
public record Diagnostic(Location location, Severity severity, String code, String message) {

    /**
     * Messages quote what the user wrote (and parsers echo their input), so a control character, a line break or a
     * bidirectional control in the input could break the one-line format or reorder a terminal line: they are shown
     * as escapes (a backslash and {@code r}, or a backslash, {@code u} and the code point) instead. Found by fuzzing (a carriage return inside a YAML tag).
     */
    public Diagnostic {
        message = printable(message);
    }

    static String printable(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF;
            if (!unsafe) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(location, s, code, message);
    }

    /** {@code path:line:column: severity: message}, the format editors and CI annotate. */
    public String format() {
        return location + ": " + severity.label() + ": " + message;
    }
}
