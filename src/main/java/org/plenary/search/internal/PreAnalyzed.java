package org.plenary.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Collects, per thread, the surface forms of one document and the terms they became, in order. */
    static final class Observations implements TokenObserver {
        private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();
        private static final String STOP = new String("stop"); // identity marker: no term (yet)

        @Override
        public void surface(String surface) {
            CURRENT.get().putIfAbsent(surface, STOP);
        }

        @Override
        public void term(String surface, String term) {
            Map<String, String> m = CURRENT.get();
            if (m.get(surface) == STOP) m.put(surface, term);
        }

        /** Runs {@code work} on this thread and returns the surface → term (null: stop word) pairs it saw. */
        static Map<String, String> during(Runnable work) {
            Map<String, String> m = new LinkedHashMap<>();
            CURRENT.set(m);
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
        List<String> t = new ArrayList<>();
        List<int[]> data = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                t.add(term.toString());
                data.add(new int[] {inc.getPositionIncrement(), off.startOffset(), off.endOffset()});
            }
            ts.end();
            int n = t.size();
            int[] incs = new int[n];
            int[] s = new int[n];
            int[] e = new int[n];
            for (int i = 0; i < n; i++) {
                incs[i] = data.get(i)[0];
                s[i] = data.get(i)[1];
                e[i] = data.get(i)[2];
            }
            return new PreAnalyzed(t.toArray(String[]::new), incs, s, e, inc.getPositionIncrement(), off.endOffset());
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
