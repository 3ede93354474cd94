package org.plenary.model;

import java.time.LocalDate;
import org.plenary.diag.Location;

/** Activity in a working group: what earns voting rights. */
public record Participation(String workgroup, LocalDate from, LocalDate to, Text note, Location location) {

    public Period period() {
        return new Period(from, to);
    }
}
