package org.plenary.model;

import java.time.LocalDate;
import org.plenary.diag.Location;

/** A post held by a member. {@code body} is e.g. GNSO for a liaison, a workgroup id for a rapporteur. */
public record Role(RoleType role, LocalDate from, LocalDate to, String body, SelectionMethod selectedBy,
                   String draw, Location location) {

    public Period period() {
        return new Period(from, to);
    }
}
