package org.plenary.model;

import java.util.List;
import org.plenary.diag.Location;

/**
 * One pool of a draw, in published order. A plain draw has one pool named "".
 *
 * @param resultLocation where this pool's recorded result is written: where a mismatch is reported
 */
public record DrawPool(String name, int seats, List<String> members, List<String> result, Location location,
                       Location resultLocation) {
    public DrawPool {
        members = List.copyOf(members);
        result = List.copyOf(result);
    }

    public DrawPool(String name, int seats, List<String> members, List<String> result, Location location) {
        this(name, seats, members, result, location, location);
    }
}
