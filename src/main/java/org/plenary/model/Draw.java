package org.plenary.model;

import java.time.LocalDate;
import java.util.List;
import org.plenary.diag.Location;

/** A random selection record (RFC 3797). */
public record Draw(String id, Text title, DrawPurpose purpose, String method, LocalDate announced,
                   List<DrawPool> pools, boolean stratified, List<DrawSource> sources, Text replacementPolicy,
                   Text note, Location location) {

    public Draw {
        pools = List.copyOf(pools);
        sources = List.copyOf(sources);
    }

    public String slug() {
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    public int seats() {
        return pools.stream().mapToInt(DrawPool::seats).sum();
    }
}
