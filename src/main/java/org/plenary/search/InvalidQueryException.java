package org.plenary.search;

/**
 * A query that cannot be searched, with a message for the person who typed it (one line, naming what is wrong
 * and how to write it instead). {@code plenary search} prints it and exits 2.
 */
public final class InvalidQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
