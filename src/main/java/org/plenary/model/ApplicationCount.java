package org.plenary.model;

import org.plenary.diag.Location;

/** How many applied to a programme for a meeting; applicants are not named. */
public record ApplicationCount(String meeting, String programme, int received, Location location) {
}
