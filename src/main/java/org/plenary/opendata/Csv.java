package org.plenary.opendata;

import java.util.List;

/**
 * An RFC 4180 CSV document: a header row and records, fields separated by commas, every line (the last one
 * too) ended by CRLF. A field is quoted when it holds a comma, a double quote, CR or LF, or starts or ends
 * with a space (some readers trim); a quote inside is doubled. A null field is written empty. The text is
 * meant to be stored as UTF-8, with no byte-order mark.
 */
public final class Csv {
    public static final String CRLF = "\r\n";

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
        boolean quote = value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
