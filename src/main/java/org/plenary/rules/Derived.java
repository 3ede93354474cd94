package org.plenary.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules stage derives: standings of every member (aggregate-only included), slot use and tallies.
 * Output stages read it through {@link PublicView}, never directly.
 */
public final class Derived {
    private final Map<String, Standing> standings;
    private final List<SlotUse> slotUse;
    private final Tallies tallies;

    Derived(Map<String, Standing> standings, List<SlotUse> slotUse, Tallies tallies) {
        this.standings = Collections.unmodifiableMap(new LinkedHashMap<>(standings));
        this.slotUse = List.copyOf(slotUse);
        this.tallies = tallies;
    }

    /** Every published count, derived once. */
    public Tallies tallies() {
        return tallies;
    }

    public Standing standing(String memberId) {
        return standings.get(memberId);
    }

    public Map<String, Standing> standings() {
        return standings;
    }

    public List<SlotUse> slotUse() {
        return slotUse;
    }

    public List<SlotUse> slotUse(String meeting) {
        return slotUse.stream().filter(s -> s.meeting().equals(meeting)).toList();
    }
}
