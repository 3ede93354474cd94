package org.plenary.model;

import java.time.LocalDate;

/** A closed-open span of dates; {@code to == null} means still running. */
public record Period(LocalDate from, LocalDate to) {

    /** The end to use for computations: the recorded end, or {@code asOf} for an open period (never past asOf). */
    public LocalDate endOr(LocalDate asOf) {
        if (to == null) return asOf;
        return to.isAfter(asOf) ? asOf : to;
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }
}
