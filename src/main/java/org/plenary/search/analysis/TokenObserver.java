package org.plenary.search.analysis;

/**
 * Sees what an analyzer makes of each word while documents are indexed: the search lexicon is built from it.
 * Called from the indexing thread only.
 */
public interface TokenObserver {
    /** A token's folded surface form, seen before stop words and stemming. */
    void surface(String surface);

    /** The index term that the surface form became (a surface form that never gets here is a stop word). */
    void term(String surface, String term);

    /**
     * The document being analyzed on this thread, as a number (positive) that no other document of any thread
     * has, if the observer only needs each word once per document: then a word already reported for it is not
     * reported again. 0 (the default): every token is reported. Asked once per field value, when its token stream
     * is reset.
     */
    default long document() {
        return 0;
    }
}
