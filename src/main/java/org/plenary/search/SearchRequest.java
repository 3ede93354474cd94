package org.plenary.search;

/**
 * A search as asked: the query text and optional filters (null: any). {@code limit} is the number of results
 * returned (facets always count every match).
 */
public record SearchRequest(String query, String lang, String type, Integer year, String region, int limit) {
    public static final int DEFAULT_LIMIT = 10;

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, DEFAULT_LIMIT);
    }
}
