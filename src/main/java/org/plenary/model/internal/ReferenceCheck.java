package org.plenary.model.internal;

import java.util.Map;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.model.Advice;
import org.plenary.model.Community;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.Member;
import org.plenary.model.Role;
import org.plenary.registry.YamlList;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;

/**
 * Checks between records that need them typed: a role starting before its member joined, a statement related to
 * itself, a published pool naming a member who consented to aggregates only. (Whether a referenced id exists at
 * all is checked by {@link References}, while reading.)
 */
final class ReferenceCheck {
    private final Community c;
    private final Diagnostics diag;
    private final Map<Location, YamlMap> mappings;

    /** @param mappings the records' mappings by location, to point at the offending value itself */
    ReferenceCheck(Community c, Diagnostics diag, Map<Location, YamlMap> mappings) {
        this.c = c;
        this.diag = diag;
        this.mappings = mappings;
    }

    void run() {
        for (Member m : c.members()) {
            for (Role r : m.roles()) {
                if (m.joined() != null && r.from().isBefore(m.joined())) {
                    diag.error(at(r.location(), "from", null), "date-order", "role " + r.role().code() + " starts " + r.from()
                            + ", before member '" + m.id() + "' joined (" + m.joined() + ")");
                }
            }
        }
        for (Advice a : c.advice()) {
            if (a.related().contains(a.id())) {
                diag.error(at(a.location(), "related", a.id()), "bad-value", "advice '" + a.id() + "' lists itself as related");
            }
        }
        for (Draw d : c.draws()) {
            for (DrawPool p : d.pools()) {
                String what = "draw '" + d.id() + "'" + (p.name().isEmpty() ? "" : " pool '" + p.name() + "'");
                for (String m : p.members()) {
                    Member mem = c.member(m);
                    if (mem != null && !mem.isPublic()) {
                        diag.error(at(p.location(), "pool", m), "private-in-pool", what + " names '" + m
                                + "', whose consent is aggregate-only; a published pool cannot include them");
                    }
                }
            }
        }
    }

    /** Where a record's field holds {@code value}: the scalar itself, or the list item equal to it; else the record. */
    private Location at(Location record, String key, String value) {
        YamlMap m = mappings.get(record);
        YamlNode n = m == null ? null : m.get(key);
        if (n instanceof YamlScalar) return n.location();
        if (n instanceof YamlList l) {
            for (YamlNode item : l.items()) {
                if (item instanceof YamlScalar s && s.text() != null && s.text().equals(value)) return s.location();
            }
            return n.location();
        }
        return record;
    }
}
