package org.plenary.model;

import org.plenary.diag.Location;

/** A travel-support programme: who may apply, how, and what it pays for. */
public record Programme(String id, Text name, Text description, Text eligibility, Text howToApply, Text covers,
                        Integer slotsPerMeeting, String url, Location location) {
}
