package org.plenary.model;

import java.time.LocalDate;
import java.util.List;
import org.plenary.diag.Location;

/** A public source of randomness, e.g. a lottery result. Values keep their written form. */
public record DrawSource(String name, LocalDate published, List<String> values, String url, Integer rangeMax,
                         Integer rangeCount, Location location) {
    public DrawSource {
        values = List.copyOf(values);
    }
}
