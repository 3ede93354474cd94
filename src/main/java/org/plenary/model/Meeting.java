package org.plenary.model;

import java.time.LocalDate;
import org.plenary.diag.Location;

public record Meeting(String id, int number, Text city, String country, LocalDate start, LocalDate end,
                      MeetingKind kind, boolean virtual, Location location) {

    /** Lower-cased id, as used in URLs. */
    public String slug() {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
