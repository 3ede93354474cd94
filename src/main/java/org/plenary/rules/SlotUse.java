package org.plenary.rules;

/** Funded trips under one programme at one meeting, against the programme's slots (null: no fixed number). */
public record SlotUse(String meeting, String programme, int used, Integer slots) {
    public boolean over() {
        return slots != null && used > slots;
    }
}
