package org.plenary.draw;

import java.util.List;

/**
 * One pool of a (possibly stratified) draw.
 *
 * @param name  the stratum, e.g. a region ("AFRALO"); a plain draw is one pool named {@code ""}
 * @param seats how many items to pick from it
 * @param items the items in published order (order matters: picks count positions in it)
 */
public record Pool(String name, int seats, List<String> items) {

    public Pool {
        // Missing items become "" so Rfc3797 reports them as blank items, not as a crash.
        items = items == null ? List.of() : items.stream().map(v -> v == null ? "" : v).toList();
    }
}
