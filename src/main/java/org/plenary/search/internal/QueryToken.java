package org.plenary.search.internal;

/**
 * A word of a query as typed (not yet folded). {@code han} marks a run of Han, Hiragana or Katakana characters,
 * which is segmented against the vocabulary instead of being looked up whole. {@code end} is the offset just after
 * it in the query.
 */
public record QueryToken(String text, boolean han, int start, int end) {
}
