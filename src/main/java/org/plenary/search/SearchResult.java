package org.plenary.search;

/**
 * One result, as in the JSON contract of SPEC §6: the entity id, the page URL (absolute when the site has a
 * {@code base_url}, else site-absolute), the page title, its language, the result type ({@link DocType#code()}),
 * the BM25 score, and a snippet: HTML-escaped text with the matched words in {@code <mark>}.
 */
public record SearchResult(String id, String url, String title, String lang, String type, float score, String snippet) {
}
