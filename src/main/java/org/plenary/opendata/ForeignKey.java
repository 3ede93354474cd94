package org.plenary.opendata;

/** A column whose every value is a key of another table ({@code resource} is that table's CSV file name). */
public record ForeignKey(String column, String resource, String referencedColumn) {
}
