package org.plenary.search.internal;

import java.util.List;
import java.util.Map;

/**
 * A parsed query turned into index terms, per language: what {@link QueryPlanner} found in the lexicons and what
 * both the Lucene query and the browser client score. A language absent from {@code byLanguage} cannot match.
 *
 * @param corrections for each word that was corrected by typo tolerance: the word as typed (folded) → the
 *                    vocabulary form used instead; in query order
 * @param common      the words left out as too common (stop words of the query's language), folded, in query order
 * @param onlyCommon  true when every word of the query is too common: there is nothing to search for
 */
public record QueryPlan(Map<String, List<Clause>> byLanguage, Map<String, String> corrections, boolean relaxed,
                        List<String> common, boolean onlyCommon) {

    /** An index term with its query boost (1 exact, lower for completions and corrections). */
    public record Alternative(String term, float boost) {
    }

    public sealed interface Clause permits Terms, Phrase {
    }

    /** One word: any of its alternatives may match; the best one scores. */
    public record Terms(List<Alternative> alternatives) implements Clause {
    }

    /** Terms at relative positions (stop words leave gaps), all present in this order. */
    public record Phrase(List<String> terms, List<Integer> positions) implements Clause {
    }
}
