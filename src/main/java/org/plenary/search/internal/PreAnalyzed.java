package org.plenary.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.plenary.search.analysis.TokenObserver;

/**
 * One field value run through its analyzer ahead of indexing, so that documents can be analyzed on every core
 * while the index still receives them one by one in a fixed order: the tokens (term, position increment,
 * offsets, and the end state), replayed to the index writer as a {@link TokenStream}, and what the lexicon learns
 * from them.
 */
final class PreAnalyzed {
    private final String[] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int endIncrement;
    private final int endOffset;

    private PreAnalyzed(String[] terms, int[] increments, int[] starts, int[] ends, int endIncrement, int endOffset) {
        this.terms = terms;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.endIncrement = endIncrement;
        this.endOffset = endOffset;
    }

    /**
     * Collects, per thread, the surface forms of one document and the terms they became, in order. Each word needs
     * reporting only once per document ({@link #document}).
     */
    static final class Observations implements TokenObserver {
        private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
        private static final java.util.concurrent.atomic.AtomicLong DOCUMENTS = new java.util.concurrent.atomic.AtomicLong();
        private static final String STOP = new String("stop"); // identity marker: no term (yet)

        private record Scope(Map<String, String> seen, long document) {
        }

        @Override
        public void surface(String surface) {
            CURRENT.get().seen().putIfAbsent(surface, STOP);
        }

        @Override
        public void term(String surface, String term) {
            Map<String, String> m = CURRENT.get().seen();
            if (m.get(surface) == STOP) m.put(surface, term);
        }

        @Override
        public long document() {
            return CURRENT.get().document();
        }

        /** Runs {@code work} on this thread and returns the surface → term (null: stop word) pairs it saw. */
        static Map<String, String> during(Runnable work) {
            Map<String, String> m = new LinkedHashMap<>();
            CURRENT.set(new Scope(m, DOCUMENTS.incrementAndGet()));
            try {
                work.run();
            } finally {
                CURRENT.remove();
            }
            m.replaceAll((k, v) -> v == STOP ? null : v);
            return m;
        }
    }

    static PreAnalyzed of(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int n = 0;
            int capacity = 16;
            String[] t = new String[capacity];
            int[] incs = new int[capacity];
            int[] s = new int[capacity];
            int[] e = new int[capacity];
            while (ts.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    t = Arrays.copyOf(t, capacity);
                    incs = Arrays.copyOf(incs, capacity);
                    s = Arrays.copyOf(s, capacity);
                    e = Arrays.copyOf(e, capacity);
                }
                t[n] = term.toString();
                incs[n] = inc.getPositionIncrement();
                s[n] = off.startOffset();
                e[n] = off.endOffset();
                n++;
            }
            ts.end();
            return new PreAnalyzed(Arrays.copyOf(t, n), Arrays.copyOf(incs, n), Arrays.copyOf(s, n), Arrays.copyOf(e, n),
                    inc.getPositionIncrement(), off.endOffset());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The tokens again, exactly as the analyzer produced them. */
    TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
            private int i = -1;

            @Override
            public boolean incrementToken() {
                if (++i >= terms.length) return false;
                clearAttributes();
                term.setEmpty().append(terms[i]);
                inc.setPositionIncrement(increments[i]);
                off.setOffset(starts[i], ends[i]);
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                inc.setPositionIncrement(endIncrement);
                off.setOffset(endOffset, endOffset);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                i = -1;
            }
        };
    }
}
