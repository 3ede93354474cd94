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
     * The entity's page in one language. {@code titleText}, {@code body} and {@code keywords} are what is indexed
     * (text in this language, plus names and ids, which belong to every language); {@code title} and {@code meta}
     * are shown in results; the snippet is taken from the body values only, joined by newlines: {@code keywords}
     * (ids, topic codes, fixed labels) find the page but are no text to read.
     */
    public record Page(String lang, String url, String title, String meta, String titleText, List<String> body,
                       List<String> keywords) {
        public Page {
            body = body.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
            keywords = keywords.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        }

        public Page(String lang, String url, String title, String meta, String titleText, List<String> body) {
            this(lang, url, title, meta, titleText, body, List.of());
        }

        /** The snippet's text: the body values, one a line. */
        public String text() {
            return String.join("\n", body);
        }

        /** The values of the body field, in order: the body, then the keywords. */
        public List<String> indexed() {
            if (keywords.isEmpty()) return body;
            List<String> all = new java.util.ArrayList<>(body);
            all.addAll(keywords);
            return all;
        }
    }
}
