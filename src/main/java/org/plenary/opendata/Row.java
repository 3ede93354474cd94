package org.plenary.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a {@link Table}: a typed value per column (String, Integer, Long, BigDecimal, Boolean, LocalDate,
 * or a List of String for a list column; null when unknown), plus fields that only the JSON form carries
 * (translations, nested lists), appended after the columns in the order they were added.
 */
public final class Row {
    private final Table table;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, JsonNode> extras = new LinkedHashMap<>();

    Row(Table table) {
        this.table = table;
    }

    /** @throws IllegalArgumentException for a column the table does not have */
    public Row set(String column, Object value) {
        Column c = table.column(column);
        if (value != null && !fits(c, value)) {
            throw new IllegalArgumentException("column " + table.name() + "." + column + " is " + c.datatype().csvw()
                    + (c.list() ? " list" : "") + ", not " + value.getClass().getSimpleName());
        }
        values.put(column, value);
        return this;
    }

    private static boolean fits(Column c, Object v) {
        if (c.list()) return v instanceof java.util.List<?>;
        return switch (c.datatype()) {
            case STRING, ANY_URI -> v instanceof String;
            case DATE -> v instanceof java.time.LocalDate;
            case INTEGER -> v instanceof Integer || v instanceof Long;
            case DECIMAL -> v instanceof java.math.BigDecimal;
            case BOOLEAN -> v instanceof Boolean;
        };
    }

    /** A JSON-only field. */
    public Row extra(String key, JsonNode value) {
        if (table.hasColumn(key)) throw new IllegalArgumentException("'" + key + "' is a column of " + table.name());
        extras.put(key, value);
        return this;
    }

    public Object get(String column) {
        table.column(column);
        return values.get(column);
    }

    Map<String, JsonNode> extras() {
        return extras;
    }
}
