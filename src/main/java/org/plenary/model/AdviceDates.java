package org.plenary.model;

import java.time.LocalDate;

public record AdviceDates(LocalDate commentOpen, LocalDate commentClose, LocalDate voteOpen, LocalDate voteClose,
                          LocalDate submitted) {

    /** The date a statement is filed under: submitted, else the latest date known. */
    public LocalDate key() {
        if (submitted != null) return submitted;
        if (voteClose != null) return voteClose;
        if (voteOpen != null) return voteOpen;
        if (commentClose != null) return commentClose;
        return commentOpen;
    }
}
