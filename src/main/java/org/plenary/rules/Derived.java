package org.plenary.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the rules stage derives, for the pages to show. */
public final class Derived {
    private final Map<String, Standing> standings;
    private final List<SlotUse> slotUse;

    Derived(Map<String, Standing> standings, List<SlotUse> slotUse) {
        this.standings = Collections.unmodifiableMap(new LinkedHashMap<>(standings));
        this.slotUse = List.copyOf(slotUse);
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
