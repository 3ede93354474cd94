package org.plenary.model.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

    ReferenceCheck(Community c, Diagnostics diag) {
        this.c = c;
        this.diag = diag;
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
                expect(m.location(), "member '" + m.id() + "'", "region", m.region(), regions);
            } else if (!regions.isEmpty()) {
                diag.error(m.location(), "missing-key", "member '" + m.id() + "' has no region (one of "
                        + String.join(", ", c.site().regions().stream().map(Region::code).toList()) + ")");
            }
            for (Role r : m.roles()) {
                if (r.draw() != null) expect(r.location(), "role", "draw", r.draw(), draws);
                if ((r.role() == RoleType.POLICY_RAPPORTEUR || r.role() == RoleType.OUTREACH_RAPPORTEUR) && r.body() != null) {
                    expect(r.location(), "rapporteur role", "workgroup (body)", r.body(), workgroups);
                }
                if (m.joined() != null && r.from().isBefore(m.joined())) {
                    diag.error(r.location(), "date-order", "role " + r.role().code() + " starts " + r.from() + ", before member '"
                            + m.id() + "' joined (" + m.joined() + ")");
                }
            }
            for (Participation p : m.participation()) {
                expect(p.location(), "participation", "workgroup", p.workgroup(), workgroups);
            }
        }
        for (TravelRecord t : c.travel()) {
            String what = "travel record";
            expect(t.location(), what, "meeting", t.meeting(), meetings);
            expect(t.location(), what, "member", t.member(), members);
            expect(t.location(), what, "programme", t.programme(), programmes);
        }
        for (ApplicationCount a : c.applications()) {
            expect(a.location(), "applications entry", "meeting", a.meeting(), meetings);
            expect(a.location(), "applications entry", "programme", a.programme(), programmes);
        }
        for (Advice a : c.advice()) {
            String what = "advice '" + a.id() + "'";
            for (String p : a.penholders()) expect(a.location(), what, "penholder", p, members);
            for (String r : a.related()) {
                expect(a.location(), what, "related statement", r, advice);
                if (r.equals(a.id())) diag.error(a.location(), "bad-value", what + " lists itself as related");
            }
            if (a.meeting() != null) expect(a.location(), what, "meeting", a.meeting(), meetings);
        }
        for (Draw d : c.draws()) {
            for (DrawPool p : d.pools()) {
                String what = "draw '" + d.id() + "'" + (p.name().isEmpty() ? "" : " pool '" + p.name() + "'");
                for (String m : p.members()) {
                    expect(p.location(), what, "pool member", m, members);
                    Member mem = c.member(m);
                    if (mem != null && !mem.isPublic()) {
                        diag.error(p.location(), "private-in-pool", what + " names '" + m
                                + "', whose consent is aggregate-only; a published pool cannot include them");
                    }
                }
            }
        }
    }

    private void expect(Location at, String what, String field, String id, Collection<String> known) {
        if (id == null || known.contains(id)) return;
        diag.error(at, "dangling-reference", what + " refers to unknown " + field + " '" + id + "'" + Suggestion.hint(id, known));
    }

    static List<String> none() {
        return List.of();
    }
}
