package org.plenary.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One field value run through its analyzer ahead of indexing, so that documents can be analyzed on every core
 * while the index still receives them one by one in a fixed order: the tokens (term and position increment, and
 * the end state), replayed to the index writer as a {@link TokenStream}.
 * Offsets are not kept: the index does not store them (its fields index positions at most).
 */
final class PreAnalyzed {
    /** The terms' characters, one after the other: term i is {@code chars[ends[i - 1] .. ends[i])}. */
    private final char[] chars;
    private final int[] ends;
    private final int[] increments;
    private final int endIncrement;

    private PreAnalyzed(char[] chars, int[] ends, int[] increments, int endIncrement) {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
        this.endIncrement = endIncrement;
    }

    static PreAnalyzed of(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int n = 0;
            int capacity = 16;
            char[] c = new char[64];
            int used = 0;
            int[] e = new int[capacity];
            int[] incs = new int[capacity];
            while (ts.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    e = Arrays.copyOf(e, capacity);
                    incs = Arrays.copyOf(incs, capacity);
                }
                int length = term.length();
                if (used + length > c.length) c = Arrays.copyOf(c, Math.max(c.length * 2, used + length));
                System.arraycopy(term.buffer(), 0, c, used, length);
                used += length;
                e[n] = used;
                incs[n] = inc.getPositionIncrement();
                n++;
            }
            ts.end();
            return new PreAnalyzed(Arrays.copyOf(c, used), Arrays.copyOf(e, n), Arrays.copyOf(incs, n), inc.getPositionIncrement());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The tokens again, exactly as the analyzer produced them (without offsets). */
    TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private int i = -1;

            @Override
            public boolean incrementToken() {
                if (++i >= ends.length) return false;
                clearAttributes();
                int start = i == 0 ? 0 : ends[i - 1];
                term.copyBuffer(chars, start, ends[i] - start);
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
