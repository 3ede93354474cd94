package org.plenary.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.plenary.diag.Location;

/** A mapping in document order; each key keeps its own location for "unknown key" messages. */
public record YamlMap(Map<String, Entry> entries, Location location) implements YamlNode {

    public record Entry(String key, Location keyLocation, YamlNode value) {
    }

    public YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YamlNode get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
