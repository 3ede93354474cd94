package org.plenary.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: results best first (score, then index order), and facets: for each of
 * {@code type}, {@code year}, {@code region}, {@code lang}, the number of results each value would give if it were
 * chosen as a filter (the other filters kept). Without a language filter, an entity found in several languages
 * appears once: its page in the preferred language when that page matches, else its best page.
 *
 * @param total               the number of results in all (before {@code limit})
 * @param corrections         words corrected by typo tolerance (as typed, folded → vocabulary form), when the
 *                            corrected query matched (with or without the filters); else empty
 * @param suggestion          when nothing matched: the query with each unknown word replaced by its closest
 *                            vocabulary form ("did you mean"), else null (never when filters removed the matches)
 * @param relaxed             true when no page had every word and results match some of them
 * @param tooCommon           when every word of the query is too common to search for (a stop word of the
 *                            preferred language): those words, folded, in query order, and there are no results;
 *                            else empty (a common word beside others is simply left out)
 * @param totalWithoutFilters the number of results the query has without the type, year and region filters (equal to
 *                            {@code total} when none is given): when {@code total} is 0 and this is not, the filters
 *                            removed every match
 */
public record SearchResponse(List<SearchResult> results, Map<String, Map<String, Integer>> facets, int total,
                             Map<String, String> corrections, String suggestion, boolean relaxed, List<String> tooCommon,
                             int totalWithoutFilters) {
}
