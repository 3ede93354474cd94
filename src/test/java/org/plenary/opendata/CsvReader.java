package org.plenary.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF (the last one too), a quoted field may hold
 * commas, doubled quotes, CR and LF; a bare CR or LF outside quotes, a quote inside an unquoted field, or
 * text after a closing quote is an error. Independent of {@link Csv}, so round trips mean something.
 */
final class CsvReader {
    private CsvReader() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        if (n == 0) return records;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    if (i >= n) throw new IllegalArgumentException("unterminated quoted field at " + i);
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= n || text.charAt(i + 1) != '\n') throw new IllegalArgumentException("bare CR at " + i);
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new IllegalArgumentException("bare LF at " + i);
            } else if (c == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) throw new IllegalArgumentException("last record has no CRLF");
        return records;
    }

    /** Records as maps from header name to value, checking every record has the header's width. */
    static List<Map<String, String>> rows(String text) {
        List<List<String>> all = parse(text);
        if (all.isEmpty()) throw new IllegalArgumentException("no header");
        List<String> header = all.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r < all.size(); r++) {
            List<String> rec = all.get(r);
            if (rec.size() != header.size()) {
                throw new IllegalArgumentException("record " + r + " has " + rec.size() + " fields, header " + header.size());
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) m.put(header.get(k), rec.get(k));
            out.add(m);
        }
        return out;
    }

    static List<String> header(String text) {
        return parse(text).get(0);
    }
}
