package org.plenary.search.internal;

import java.util.List;
import java.util.Map;
import org.plenary.search.DocType;

/**
 * One thing the site shows (a statement, a member, a meeting…) with its page in each language where that page
 * has text of its own. {@code regionMask} has bit i set for the i-th region of {@code site.yaml}.
 */
public record SearchEntity(DocType type, String id, Integer year, int regionMask, Map<String, Page> pages) {

    /**
     * The entity's page in one language. {@code titleText} and {@code body} are what is indexed (text in this
     * language, plus names and ids, which belong to every language); {@code title} and {@code meta} are shown in
     * results; the snippet is taken from the body values joined by newlines.
     */
    public record Page(String lang, String url, String title, String meta, String titleText, List<String> body) {
        public Page {
            body = body.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        }

        public String text() {
            return String.join("\n", body);
        }
    }
}
