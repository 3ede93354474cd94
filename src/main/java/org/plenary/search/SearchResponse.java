package org.plenary.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: results best first (score, then index order), and facets: for each of
 * {@code type}, {@code year}, {@code region}, {@code lang}, the number of results each value would give if it were
 * chosen as a filter (the other filters kept). Without a language filter, an entity found in several languages
 * appears once (its best page).
 *
 * @param total       the number of results in all (before {@code limit})
 * @param corrections words corrected by typo tolerance (as typed, folded → vocabulary form); empty when none
 * @param suggestion  when nothing was found: the query with each unknown word replaced by its closest vocabulary
 *                    form ("did you mean"), else null
 * @param relaxed     true when no page had every word and results match some of them
 */
public record SearchResponse(List<SearchResult> results, Map<String, Map<String, Integer>> facets, int total,
                             Map<String, String> corrections, String suggestion, boolean relaxed) {
}
