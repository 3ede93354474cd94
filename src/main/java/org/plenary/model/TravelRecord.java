package org.plenary.model;

import java.time.LocalDate;
import org.plenary.diag.Location;

/** One application for travel support to one meeting, and what became of it. */
public record TravelRecord(String meeting, String member, String programme, TravelStatus status,
                           LocalDate applied, LocalDate decided, Coverage covers, Money cost, Text note,
                           Location location) {

    public boolean funded() {
        return status == TravelStatus.FUNDED;
    }
}
