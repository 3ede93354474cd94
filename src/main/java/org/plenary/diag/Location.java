package org.plenary.diag;

/**
 * A place in an input file: path relative to the site root (forward slashes), 1-based line and column.
 * Line and column are 0 when unknown (e.g. a file that could not be read at all).
 */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return file + ":" + line + ":" + Math.max(column, 1);
    }
}
