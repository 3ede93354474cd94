package org.plenary.registry;

import org.plenary.diag.Location;

/**
 * A scalar exactly as written (dates, decimals with trailing zeros and ids keep their text).
 *
 * @param text  the raw text, or null for a YAML null
 * @param kind  what the YAML parser took it for
 */
public record YamlScalar(String text, Kind kind, Location location) implements YamlNode {

    public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case DECIMAL -> "a decimal number";
            case BOOLEAN -> "a boolean";
            case NULL -> "an empty value";
        };
    }
}
