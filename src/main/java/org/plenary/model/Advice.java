package org.plenary.model;

import java.util.List;
import org.plenary.diag.Location;

/** An advice statement. Bodies per language live in content/advice/&lt;id&gt;/ or inline in {@code body}. */
public record Advice(String id, Text title, AdviceType type, AdviceStatus status, AdviceDates dates,
                     List<String> penholders, Vote vote, String publicComment, String workspace,
                     List<String> topics, String meeting, List<String> related, Text summary, Text body,
                     Location location) {

    public Advice {
        penholders = List.copyOf(penholders);
        topics = List.copyOf(topics);
        related = List.copyOf(related);
    }

    public String slug() {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
