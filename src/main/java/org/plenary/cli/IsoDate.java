package org.plenary.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --as-of} values, with a message that says what a date looks like instead of a Java exception name. */
final class IsoDate {
    private IsoDate() {
    }

    static LocalDate parse(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + s + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30");
        }
    }
}
