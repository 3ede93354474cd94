package org.plenary.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * One field value run through its analyzer ahead of indexing, so that documents can be analyzed on every core
 * while the index still receives them one by one in a fixed order: the tokens (term and position increment, and
 * the end state), replayed to the index writer as a {@link TokenStream}.
 * Offsets are not kept: the index does not store them (its fields index positions at most).
 */
final class PreAnalyzed {
    /**
     * The terms as the UTF-8 bytes the index takes, one per token; shared with the analyzer's word cache (the same
     * object for every occurrence of a word), never modified.
     */
    private final BytesRef[] terms;
    private final int[] increments;
    private final int endIncrement;

    private PreAnalyzed(BytesRef[] terms, int[] increments, int endIncrement) {
        this.terms = terms;
        this.increments = increments;
        this.endIncrement = endIncrement;
    }

    /**
     * Runs {@code text} through {@code analyzer} as field {@code field}. The terms are taken as the analyzer's
     * {@link BytesTermAttribute} gives them, with no copy (else encoded from the term's characters, as Lucene does).
     */
    static PreAnalyzed of(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            BytesTermAttribute bytes = ts.addAttribute(BytesTermAttribute.class);
            ts.reset();
            int n = 0;
            int capacity = 16;
            BytesRef[] t = new BytesRef[capacity];
            int[] incs = new int[capacity];
            while (ts.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    t = Arrays.copyOf(t, capacity);
                    incs = Arrays.copyOf(incs, capacity);
                }
                BytesRef b = bytes.getBytesRef();
                t[n] = b != null ? b : new BytesRef(term);
                incs[n] = inc.getPositionIncrement();
                n++;
            }
            ts.end();
            return new PreAnalyzed(Arrays.copyOf(t, n), Arrays.copyOf(incs, n), inc.getPositionIncrement());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The tokens again, exactly as the analyzer produced them (without offsets), their terms as bytes
     * ({@link BytesTermAttribute}: what the index writer reads of a term, with no encoding).
     */
    TokenStream replay() {
        return new TokenStream() {
            private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private int i = -1;

            @Override
            public boolean incrementToken() {
                if (++i >= terms.length) return false;
                clearAttributes();
                term.setBytesRef(terms[i]);
                inc.setPositionIncrement(increments[i]);
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                inc.setPositionIncrement(endIncrement);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                i = -1;
            }
        };
    }
}
