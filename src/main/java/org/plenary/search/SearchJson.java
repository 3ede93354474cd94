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
 * facets: {type|year|region|lang: {value: count}}}}.
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
