package org.plenary.model.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/**
 * Every id one record uses to point at another (a travel record's member, a pool's members, a role's draw…),
 * collected while the records are read and checked once all of them are known.
 *
 * <p>Collecting at read time, from the YAML itself, means a reference is checked even when its own record has
 * another error and is dropped (SPEC §4: every problem at once), and each one is reported at the exact value that
 * dangles. One root cause gives one message: a reference to a record that exists but was rejected for its own
 * error is not reported again, and references to a registry one of whose files could not be parsed are held back
 * (the records of that file are unknown), with one warning saying so.
 */
final class References {
    /** The registries a reference can point into. */
    enum Kind {
        MEMBER("members"), MEETING("meetings"), WORKGROUP("workgroups"), PROGRAMME("programmes"), ADVICE("advice"),
        DRAW("draws");

        final String registry;

        Kind(String registry) {
            this.registry = registry;
        }

        /** The kind of a declared reference ({@code Field.reference(name, "members")}). */
        static Kind of(String registry) {
            for (Kind k : values()) if (k.registry.equals(registry)) return k;
            throw new IllegalArgumentException("no registry '" + registry + "' to refer to");
        }
    }

    /** One reference as written: {@code what} names the referring record, {@code field} what the id stands for. */
    private record Ref(Kind kind, String id, Location at, String what, String field) {
    }

    private final List<Ref> refs = new ArrayList<>();
    private final Map<Kind, Set<String>> known = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<String>> rejected = new EnumMap<>(Kind.class);
    private final Map<Kind, Location> unreadable = new EnumMap<>(Kind.class);

    /** Records that {@code what} (e.g. "travel record") points at {@code id} of {@code kind}, written at {@code at}. */
    void expect(Kind kind, String id, Location at, String what, String field) {
        if (id != null) refs.add(new Ref(kind, id, at, what, field));
    }

    /** An id that exists (its record was read). */
    void known(Kind kind, String id) {
        known.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    }

    /** An id written in a record that was rejected for an error of its own: references to it are not errors too. */
    void rejected(Kind kind, String id) {
        rejected.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
    }

    /** A file of this registry failed to parse, so which ids it holds is unknown. */
    void unreadable(Kind kind, Location file) {
        unreadable.putIfAbsent(kind, file);
    }

    /** Adds what another collection collected (from a file read on its own). */
    void addAll(References other) {
        refs.addAll(other.refs);
        other.known.forEach((k, ids) -> known.computeIfAbsent(k, x -> new HashSet<>()).addAll(ids));
        other.rejected.forEach((k, ids) -> rejected.computeIfAbsent(k, x -> new HashSet<>()).addAll(ids));
        other.unreadable.forEach(unreadable::putIfAbsent);
    }

    Set<String> known(Kind kind) {
        return known.getOrDefault(kind, Set.of());
    }

    /** Reports every reference to an id that is not known, once per place and id. */
    void check(Diagnostics diag) {
        Set<String> reported = new HashSet<>();
        Map<Kind, Integer> heldBack = new LinkedHashMap<>();
        for (Ref r : refs) {
            Set<String> ids = known(r.kind);
            if (ids.contains(r.id) || rejected.getOrDefault(r.kind, Set.of()).contains(r.id)) continue;
            if (unreadable.containsKey(r.kind)) {
                heldBack.merge(r.kind, 1, Integer::sum);
                continue;
            }
            if (!reported.add(r.at + " " + r.field + " " + r.id)) continue;
            diag.error(r.at, "dangling-reference", r.what + " refers to unknown " + r.field + " '" + r.id + "'"
                    + Suggestion.hint(r.id, new TreeSet<>(ids)));
        }
        heldBack.forEach((kind, n) -> diag.warning(unreadable.get(kind), "unchecked-references", n + " reference"
                + (n == 1 ? "" : "s") + " to " + kind.registry + " not checked because this file could not be read;"
                + " they are checked again once it is fixed"));
    }
}
