package org.plenary.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tabular dataset: its columns, keys and rows. The same rows become {@code <name>.csv}, the records of
 * {@code <name>.json}, and the CSVW description in {@code <name>.csv-metadata.json}, so the three never disagree.
 */
public final class Table {
    private final String name;
    private final String title;
    private final String description;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    /** @param name the file name without extension, e.g. {@code members} */
    public Table(String name, String title, String description) {
        this.name = name;
        this.title = title;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String csvFile() {
        return name + ".csv";
    }

    /** The same CSV with a UTF-8 byte-order mark, for opening in Excel by double-click. */
    public String excelCsvFile() {
        return name + "-excel.csv";
    }

    public String metadataFile() {
        return csvFile() + "-metadata.json";
    }

    public String jsonFile() {
        return name + ".json";
    }

    /** Adds a single-valued column. */
    public Table column(String name, Datatype type, boolean required, String description) {
        return add(new Column(name, type, required, null, description));
    }

    /** Adds a list-valued column: a JSON array, in the CSV one cell joined by {@code separator}. */
    public Table listColumn(String name, String separator, String description) {
        return add(new Column(name, Datatype.STRING, false, separator, description));
    }

    private Table add(Column c) {
        if (columns.putIfAbsent(c.name(), c) != null) throw new IllegalArgumentException("duplicate column " + c.name());
        return this;
    }

    public Table primaryKey(String... names) {
        for (String n : names) column(n);
        primaryKey.addAll(List.of(names));
        return this;
    }

    public Table foreignKey(String column, String resource, String referencedColumn) {
        column(column);
        foreignKeys.add(new ForeignKey(column, resource, referencedColumn));
        return this;
    }

    public Row row() {
        Row r = new Row(this);
        rows.add(r);
        return r;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    Column column(String name) {
        Column c = columns.get(name);
        if (c == null) throw new IllegalArgumentException("table " + this.name + " has no column '" + name + "'");
        return c;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    public List<String> primaryKey() {
        return List.copyOf(primaryKey);
    }

    public List<ForeignKey> foreignKeys() {
        return List.copyOf(foreignKeys);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    /** The CSV text: a header of column names, one line per row. */
    public String csv() {
        Csv csv = new Csv(columnNames());
        for (Row r : rows) {
            List<String> fields = new ArrayList<>(columns.size());
            for (Column c : columns.values()) {
                Object v = r.get(c.name());
                if (v == null && c.required()) {
                    throw new IllegalStateException("table " + name + ": required column " + c.name() + " is empty");
                }
                fields.add(cell(c, v));
            }
            csv.row(fields);
        }
        return csv.toString();
    }

    /** Every row as a JSON object: the columns in order (null when unknown), then the JSON-only fields. */
    public ArrayNode json() {
        ArrayNode out = Json.array();
        for (Row r : rows) {
            ObjectNode o = out.addObject();
            for (Column c : columns.values()) put(o, c, r.get(c.name()));
            r.extras().forEach(o::set);
        }
        return out;
    }

    static String cell(Column c, Object v) {
        if (v == null) return "";
        if (v instanceof List<?> list) {
            if (!c.list()) throw new IllegalArgumentException("column " + c.name() + " is not a list");
            List<String> parts = new ArrayList<>();
            for (Object o : list) parts.add(String.valueOf(o));
            return String.join(c.separator(), parts);
        }
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof LocalDate || v instanceof Boolean || v instanceof Number || v instanceof String) return v.toString();
        throw new IllegalArgumentException("column " + c.name() + ": cannot write a " + v.getClass().getSimpleName());
    }

    private static void put(ObjectNode o, Column c, Object v) {
        String k = c.name();
        if (v == null) {
            if (c.list()) o.putArray(k);
            else o.putNull(k);
        } else if (v instanceof List<?> list) {
            ArrayNode a = o.putArray(k);
            for (Object x : list) a.add(String.valueOf(x));
        } else if (v instanceof BigDecimal d) {
            o.put(k, d);
        } else if (v instanceof Integer i) {
            o.put(k, i);
        } else if (v instanceof Long l) {
            o.put(k, l);
        } else if (v instanceof Boolean b) {
            o.put(k, b);
        } else {
            o.put(k, v.toString());
        }
    }
}
