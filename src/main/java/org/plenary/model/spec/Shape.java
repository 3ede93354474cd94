package org.plenary.model.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys one kind of YAML mapping may have: a registry record ({@code member}) or a mapping inside one
 * ({@code role}, {@code cost}). No other key is allowed. {@code name} is how messages and the schema call it.
 * A shape may also require one of several sets of keys ({@link #oneOfRequired()}: a draw has {@code pool} and
 * {@code seats}, or {@code pools}).
 */
public final class Shape {
    private final String name;
    private final String id;
    private final String description;
    private final Map<String, Field> fields;
    private final List<List<String>> oneOfRequired;
    private final List<List<String>> anyOfRequired;

    private Shape(String name, String id, String description, Map<String, Field> fields, List<List<String>> oneOfRequired,
                  List<List<String>> anyOfRequired) {
        this.name = name;
        this.id = id;
        this.description = description;
        this.fields = fields;
        this.oneOfRequired = oneOfRequired;
        this.anyOfRequired = anyOfRequired;
    }

    public static Shape of(String name, String description, Field... fields) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (Field f : fields) {
            if (map.put(f.name(), f) != null) throw new IllegalArgumentException(name + " declares '" + f.name() + "' twice");
        }
        return new Shape(name, name.replace(' ', '-'), description, map, List.of(), List.of());
    }

    /** This shape, also requiring one of these key sets (and forbidding to mix them). */
    public Shape oneOfRequired(List<List<String>> sets) {
        check(sets);
        return new Shape(name, id, description, fields, List.copyOf(sets), anyOfRequired);
    }

    /** This shape, also requiring at least one of these key sets (a travel file has records, applications or both). */
    public Shape anyOfRequired(List<List<String>> sets) {
        check(sets);
        return new Shape(name, id, description, fields, oneOfRequired, List.copyOf(sets));
    }

    private void check(List<List<String>> sets) {
        for (List<String> set : sets) {
            for (String k : set) if (!fields.containsKey(k)) throw new IllegalArgumentException(name + " has no key '" + k + "'");
        }
    }

    /** The same keys with one of them required (a travel record outside a meeting file must name its meeting). */
    public Shape requiring(String key, String description) {
        Map<String, Field> copy = new LinkedHashMap<>(fields);
        Field f = copy.get(key);
        if (f == null) throw new IllegalArgumentException(name + " has no key '" + key + "'");
        copy.put(key, f.required());
        return new Shape(name, id + "-with-" + key, description, copy, oneOfRequired, anyOfRequired);
    }

    /** How messages name a mapping of this shape ("member", "travel record"). */
    public String name() {
        return name;
    }

    /** A name unique among shapes, for the schema's definitions: {@code travel-record}, {@code travel-record-with-meeting}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The keys, in the order records are usually written. */
    public List<Field> fields() {
        return new ArrayList<>(fields.values());
    }

    public List<String> names() {
        return new ArrayList<>(fields.keySet());
    }

    /** The declared key, or null. */
    public Field field(String key) {
        return fields.get(key);
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public List<List<String>> oneOfRequired() {
        return oneOfRequired;
    }

    public List<List<String>> anyOfRequired() {
        return anyOfRequired;
    }

    @Override
    public String toString() {
        return name + fields.keySet();
    }
}
