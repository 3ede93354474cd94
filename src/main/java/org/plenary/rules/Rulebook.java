package org.plenary.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Programme;
import org.plenary.model.TravelRecord;

/**
 * Third stage: derives statuses as of the site's {@code as_of} and reports rules the data breaks, as warnings
 * (the build turns them into errors under {@code --strict}).
 */
public final class Rulebook {

    public Derived apply(Community c, Diagnostics diag) {
        StandingCalculator calc = new StandingCalculator(c);
        Map<String, Integer> trips = travelCap(c, diag);
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (Member m : c.members()) standings.put(m.id(), calc.standing(m, trips));
        new TermLimits(c, diag, calc).check();
        new DrawAudit().audit(c.draws(), diag);
        return new Derived(standings, slots(c, diag), new Tallies(c, standings));
    }

    /** Counts funded trips per person in meeting order and warns at the trip that goes over the lifetime cap. */
    private static Map<String, Integer> travelCap(Community c, Diagnostics diag) {
        int cap = c.site().rules().travelLifetimeCap();
        Map<String, Integer> trips = new HashMap<>();
        for (TravelRecord t : c.travel()) {
            if (!t.funded()) continue;
            int n = trips.merge(t.member(), 1, Integer::sum);
            if (n == cap + 1) {
                diag.warning(t.location(), "rule", "member '" + t.member() + "' is funded for trip " + n + " to " + t.meeting()
                        + ", over the lifetime cap of " + cap + " funded trips (rule travel_lifetime_cap)");
            }
        }
        return trips;
    }

    /** Slots used per meeting and programme, in meeting then programme order; one pass over the records. */
    private static List<SlotUse> slots(Community c, Diagnostics diag) {
        Map<String, Integer> used = new HashMap<>();
        Map<String, TravelRecord> last = new HashMap<>();
        for (TravelRecord t : c.travel()) {
            if (!t.funded()) continue;
            String key = t.meeting() + "\u0000" + t.programme();
            used.merge(key, 1, Integer::sum);
            last.put(key, t);
        }
        List<SlotUse> out = new ArrayList<>();
        for (Meeting m : c.meetings()) {
            for (Programme p : c.programmes()) {
                String key = m.id() + "\u0000" + p.id();
                Integer n = used.get(key);
                if (n == null) continue;
                SlotUse s = new SlotUse(m.id(), p.id(), n, p.slotsPerMeeting());
                if (s.over()) {
                    diag.warning(last.get(key).location(), "rule", "programme '" + p.id() + "' funded " + n + " travellers to " + m.id()
                            + " but has " + p.slotsPerMeeting() + " slots per meeting (rule slots_per_meeting)");
                }
                out.add(s);
            }
        }
        return out;
    }
}
