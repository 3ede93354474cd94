package org.plenary.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON form of a search response, the stable contract of SPEC §6 shared by {@code plenary search --format json}
 * and the dev server's {@code /api/search}: {@code {results: [{id, url, title, lang, type, score, snippet}],
 * facets: {type|year|region|lang: {value: count}}}}, then fields added to it (SPEC §6 fixes the first two only):
 * {@code total} (results before the limit), {@code totalWithoutFilters} (without type, year and region: when
 * {@code total} is 0 and this is not, the filters removed every match), {@code corrections} ({@code {typed: used}},
 * typo tolerance applied to the results shown), {@code didYouMean} (the corrected query when nothing matched, else
 * null), {@code tooCommon} (the words, when the query has only words too common to search for) and
 * {@code relaxed} (no page has every word; these have some).
 */
public final class SearchJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SearchJson() {
    }

    /** The response as a JSON tree. */
    public static ObjectNode of(SearchResponse r) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode results = root.putArray("results");
        for (SearchResult s : r.results()) {
            ObjectNode o = results.addObject();
            o.put("id", s.id());
            o.put("url", s.url());
            o.put("title", s.title());
            o.put("lang", s.lang());
            o.put("type", s.type());
            o.put("score", s.score());
            o.put("snippet", s.snippet());
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
            ObjectNode values = facets.putObject(f.getKey());
            f.getValue().forEach(values::put);
        }
        root.put("total", r.total());
        root.put("totalWithoutFilters", r.totalWithoutFilters());
        ObjectNode corrections = root.putObject("corrections");
        r.corrections().forEach(corrections::put);
        root.put("didYouMean", r.suggestion());
        ArrayNode common = root.putArray("tooCommon");
        r.tooCommon().forEach(common::add);
        root.put("relaxed", r.relaxed());
        return root;
    }

    /** The response as indented JSON text (without a final newline). */
    public static String text(SearchResponse r) {
        try {
            return JSON.writeValueAsString(of(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** {@code {"error": message}}, for a query that cannot be answered. */
    public static String error(String message) {
        try {
            return JSON.writeValueAsString(JSON.createObjectNode().put("error", message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
