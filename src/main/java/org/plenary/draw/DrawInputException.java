package org.plenary.draw;

/**
 * Input to a draw that cannot be used as given: a source value that is not a number, a duplicate in
 * the pool, more seats than items. The message is one sentence meant for the person who wrote the
 * data, so callers print it as is (the CLI exits 2 with it; the registry turns it into a diagnostic).
 */
public final class DrawInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DrawInputException(String message) {
        super(message);
    }
}
