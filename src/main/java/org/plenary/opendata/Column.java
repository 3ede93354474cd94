package org.plenary.opendata;

/**
 * One column of a table.
 *
 * @param separator   for a list-valued column, what joins the values in the CSV cell (a JSON array holds them);
 *                    null for a single value
 * @param description what the column holds, in English (CSVW {@code dc:description} and the data page)
 */
public record Column(String name, Datatype datatype, boolean required, String separator, String description) {
    public boolean list() {
        return separator != null;
    }
}
