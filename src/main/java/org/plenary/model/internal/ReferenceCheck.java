package org.plenary.model.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.model.Advice;
import org.plenary.model.ApplicationCount;
import org.plenary.model.Community;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.Member;
import org.plenary.model.Participation;
import org.plenary.model.Region;
import org.plenary.model.Role;
import org.plenary.model.RoleType;
import org.plenary.model.TravelRecord;
import org.plenary.registry.YamlList;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;

/** Every id one record uses to point at another must exist: members, meetings, workgroups, programmes, advice, draws. */
final class ReferenceCheck {
    private final Community c;
    private final Diagnostics diag;
    private final Set<String> members = new HashSet<>();
    private final Set<String> meetings = new HashSet<>();
    private final Set<String> workgroups = new HashSet<>();
    private final Set<String> programmes = new HashSet<>();
    private final Set<String> advice = new HashSet<>();
    private final Set<String> draws = new HashSet<>();
    private final Set<String> regions = new HashSet<>();
    private final Map<Location, YamlMap> mappings;
    private final Set<String> reported = new HashSet<>();

    /** @param mappings the records' mappings by location, to point at the offending value itself */
    ReferenceCheck(Community c, Diagnostics diag, Map<Location, YamlMap> mappings) {
        this.c = c;
        this.diag = diag;
        this.mappings = mappings;
        c.members().forEach(m -> members.add(m.id()));
        c.meetings().forEach(m -> meetings.add(m.id()));
        c.workgroups().forEach(w -> workgroups.add(w.id()));
        c.programmes().forEach(p -> programmes.add(p.id()));
        c.advice().forEach(a -> advice.add(a.id()));
        c.draws().forEach(d -> draws.add(d.id()));
        c.site().regions().forEach(r -> regions.add(r.code()));
    }

    void run() {
        for (Member m : c.members()) {
            if (m.region() != null) {
                expect(m.location(), "region", "member '" + m.id() + "'", "region", m.region(), regions);
            } else if (!regions.isEmpty() && !misspelt(m.location(), "region")) {
                diag.error(m.location(), "missing-key", "member '" + m.id() + "' has no region (one of "
                        + String.join(", ", c.site().regions().stream().map(Region::code).toList()) + ")");
            }
            for (Role r : m.roles()) {
                if (r.draw() != null) expect(r.location(), "draw", "role", "draw", r.draw(), draws);
                if ((r.role() == RoleType.POLICY_RAPPORTEUR || r.role() == RoleType.OUTREACH_RAPPORTEUR) && r.body() != null) {
                    expect(r.location(), "body", "rapporteur role", "workgroup (body)", r.body(), workgroups);
                }
                if (m.joined() != null && r.from().isBefore(m.joined())) {
                    diag.error(at(r.location(), "from", null), "date-order", "role " + r.role().code() + " starts " + r.from()
                            + ", before member '" + m.id() + "' joined (" + m.joined() + ")");
                }
            }
            for (Participation p : m.participation()) {
                expect(p.location(), "workgroup", "participation", "workgroup", p.workgroup(), workgroups);
            }
        }
        for (TravelRecord t : c.travel()) {
            String what = "travel record";
            expect(t.location(), "meeting", what, "meeting", t.meeting(), meetings);
            expect(t.location(), "member", what, "member", t.member(), members);
            expect(t.location(), "programme", what, "programme", t.programme(), programmes);
        }
        for (ApplicationCount a : c.applications()) {
            expect(a.location(), "meeting", "applications entry", "meeting", a.meeting(), meetings);
            expect(a.location(), "programme", "applications entry", "programme", a.programme(), programmes);
        }
        for (Advice a : c.advice()) {
            String what = "advice '" + a.id() + "'";
            for (String p : a.penholders()) expect(a.location(), "penholders", what, "penholder", p, members);
            for (String r : a.related()) {
                expect(a.location(), "related", what, "related statement", r, advice);
                if (r.equals(a.id())) diag.error(at(a.location(), "related", r), "bad-value", what + " lists itself as related");
            }
            if (a.meeting() != null) expect(a.location(), "meeting", what, "meeting", a.meeting(), meetings);
        }
        for (Draw d : c.draws()) {
            for (DrawPool p : d.pools()) {
                String what = "draw '" + d.id() + "'" + (p.name().isEmpty() ? "" : " pool '" + p.name() + "'");
                for (String m : p.members()) {
                    expect(p.location(), "pool", what, "pool member", m, members);
                    Member mem = c.member(m);
                    if (mem != null && !mem.isPublic()) {
                        diag.error(at(p.location(), "pool", m), "private-in-pool", what + " names '" + m
                                + "', whose consent is aggregate-only; a published pool cannot include them");
                    }
                }
            }
        }
    }

    /**
     * Where a record's field holds {@code value}: the scalar itself, or the list item equal to it; the record's
     * start when the field cannot be found (e.g. a travel record whose meeting is given once for the file).
     */
    /** A misspelt key ("regoin") is already reported as unknown; do not also report the key as missing. */
    private boolean misspelt(Location record, String key) {
        YamlMap m = mappings.get(record);
        if (m == null) return false;
        for (String k : m.keys()) {
            if (!k.equals(key) && Suggestion.isMisspelling(k, key)) return true;
        }
        return false;
    }

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
        // A field given once for the whole file ({meeting, records: [...]}): point at it there.
        if (value != null) {
            for (Map.Entry<Location, YamlMap> e : mappings.entrySet()) {
                if (e.getKey().file().equals(record.file()) && e.getValue().has("records")
                        && e.getValue().get(key) instanceof YamlScalar s && value.equals(s.text())) {
                    return s.location();
                }
            }
        }
        return record;
    }

    /** Reports {@code id} unless it is known, at the value in the record's {@code key} (see {@link #at}). */
    private void expect(Location record, String key, String what, String field, String id, Collection<String> known) {
        if (id == null || known.contains(id)) return;
        Location at = at(record, key, id);
        String message = what + " refers to unknown " + field + " '" + id + "'" + Suggestion.hint(id, known);
        // Once per place and id: every record (and applications entry) of a file inheriting its meeting points at it.
        if (!reported.add(at + " " + field + " " + id)) return;
        diag.error(at, "dangling-reference", message);
    }
}
