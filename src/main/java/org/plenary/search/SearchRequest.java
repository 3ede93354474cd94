package org.plenary.search;

/**
 * A search as asked: the query text and optional filters (null: any). {@code limit} is the number of results
 * returned (facets always count every match). {@code prefer} is the reader's language when no {@code lang} filter is
 * given (null: the site's default language): an entity found in several languages is shown as its page in that
 * language whenever that page matches, and that language's stop words are too common to search for.
 */
public record SearchRequest(String query, String lang, String type, Integer year, String region, int limit, String prefer) {
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest(String query, String lang, String type, Integer year, String region, int limit) {
        this(query, lang, type, year, region, limit, null);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, DEFAULT_LIMIT);
    }

    /** Whether a type, year or region filter is given (the language is the scope searched, not a filter). */
    public boolean filtered() {
        return type != null || year != null || region != null;
    }
}
