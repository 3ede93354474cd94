package org.plenary.model;

import java.util.List;
import org.plenary.diag.Location;

/** One pool of a draw, in published order. A plain draw has one pool named "". */
public record DrawPool(String name, int seats, List<String> members, List<String> result, Location location) {
    public DrawPool {
        members = List.copyOf(members);
        result = List.copyOf(result);
    }
}
