package org.plenary.search.analysis;

/**
 * Sees what an analyzer makes of each word while documents are indexed: the search lexicon is built from it. Called
 * on the analyzing threads; each word is reported once per document.
 */
public interface TokenObserver {
    /**
     * One folded surface form as seen by the analyzing thread: the analyzer asks for it once per distinct word it
     * meets and keeps it with the word, so that each occurrence is recorded without looking the form up again.
     */
    interface Form {
        /**
         * The form occurs in {@code document} (see {@link TokenObserver#document}); {@code term} is the index term
         * it became there, or null for a stop word.
         */
        void seen(long document, String term);
    }

    /** The record of a folded surface form on the calling thread (the same object for the same form, on a thread). */
    Form form(String surface);

    /**
     * The document being analyzed on this thread, as a positive number that no other document of any thread has.
     * Asked once per field value, when its token stream is reset.
     */
    long document();
}
