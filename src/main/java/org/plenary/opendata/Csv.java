package org.plenary.opendata;

import java.util.List;

/**
 * An RFC 4180 CSV document: a header row and records, fields separated by commas, every line (the last one
 * too) ended by CRLF. A field is quoted when it holds a comma, a double quote, CR or LF, or starts or ends
 * with a space (some readers trim); a quote inside is doubled. A null field is written empty. The text is
 * meant to be stored as UTF-8, with no byte-order mark (see {@link #EXCEL_BOM} for the spreadsheet copy).
 *
 * <p>CSV injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return as a formula, so a name like {@code =HYPERLINK(…)} would run on a
 * journalist's machine. Such a field is written with a leading apostrophe and quoted ({@code "'=HYPERLINK(…)"}),
 * which spreadsheets show as text, as OWASP recommends; a plain number ({@code -5}, {@code +41}) is left alone,
 * since a spreadsheet reads it as the number it is.
 */
public final class Csv {
    public static final String CRLF = "\r\n";
    /** The UTF-8 byte-order mark that makes Excel read a double-clicked CSV as UTF-8 rather than the local code page. */
    public static final String EXCEL_BOM = "\uFEFF";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private final int width;
    private final StringBuilder text = new StringBuilder();
    private int records;

    public Csv(List<String> header) {
        if (header.isEmpty()) throw new IllegalArgumentException("a CSV needs at least one column");
        this.width = header.size();
        line(header);
    }

    /** @throws IllegalArgumentException when the row does not have one field per column */
    public Csv row(List<String> fields) {
        if (fields.size() != width) {
            throw new IllegalArgumentException("row has " + fields.size() + " fields, the header " + width);
        }
        line(fields);
        records++;
        return this;
    }

    /** Rows written so far, the header not counted. */
    public int records() {
        return records;
    }

    private void line(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) text.append(',');
            text.append(field(fields.get(i)));
        }
        text.append(CRLF);
    }

    /** One field as written in the file. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) return "";
        if (isFormula(value)) return '"' + ("'" + value).replace("\"", "\"\"") + '"';
        boolean quote = value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Whether a spreadsheet would take the value for a formula (see the class comment). */
    static boolean isFormula(String value) {
        char c = value.charAt(0);
        return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !NUMBER.matcher(value).matches();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
