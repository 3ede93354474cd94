package org.plenary.registry;

import org.plenary.diag.Location;

/**
 * A YAML value together with where it was written, so every later stage can point at the exact spot.
 * Jackson's own tree model drops positions, hence this small tree.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Location location();

    /** A word for messages: "a mapping", "a list", "a number"... */
    String describe();
}
