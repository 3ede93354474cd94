package org.plenary.search.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.plenary.search.analysis.TokenObserver;

/**
 * The search lexicon of one language: every folded surface form the analyzer met while indexing, with the index
 * term it became (none for a stop word) and the number of documents it occurs in. It is the analyzer's memory:
 * queries are analyzed by looking words up here, in the command line and in the browser alike, so both reach
 * exactly the terms that indexing produced without shipping a stemmer or a segmenter.
 *
 * <p>Forms are sorted by {@link String#compareTo} (UTF-16 code units), as the browser's client sorts.
 */
public final class Lexicon {
    private final String[] forms;
    private final String[] terms;
    private final int[] weights;

    private Lexicon(String[] forms, String[] terms, int[] weights) {
        this.forms = forms;
        this.terms = terms;
        this.weights = weights;
    }

    public int size() {
        return forms.length;
    }

    public String form(int i) {
        return forms[i];
    }

    /** The index term of form i, or null for a stop word. */
    public String term(int i) {
        return terms[i];
    }

    public int weight(int i) {
        return weights[i];
    }

    /** The index of a form, or a negative number (as {@link Arrays#binarySearch}) when unknown. */
    public int find(String form) {
        return Arrays.binarySearch(forms, form);
    }

    /** The first index whose form is ≥ {@code from}. */
    public int lowerBound(String from) {
        int i = Arrays.binarySearch(forms, from);
        return i >= 0 ? i : -i - 1;
    }

    /** [start, end) of the forms that start with {@code prefix}. */
    public int[] prefixRange(String prefix) {
        int start = lowerBound(prefix);
        int end = lowerBound(prefix + '\uffff');
        return new int[] {start, end};
    }

    // ---- building ------------------------------------------------------------------------------------------

    /**
     * Collects forms and terms from the analyzer of one language while its documents are analyzed, on every
     * analyzing thread: each thread counts in its own table (no lock, no lookup per occurrence: the analyzer keeps
     * each word's {@link TokenObserver.Form}), and {@link #lexicon} adds the tables up. A form's weight is the number
     * of documents it occurs in; its term is the first it became, in document order (then in the order met within
     * the document): the same lexicon whichever thread analyzed which document.
     */
    public static final class Recorder implements TokenObserver {
        private static final ThreadLocal<long[]> DOCUMENT = ThreadLocal.withInitial(() -> new long[1]);

        /**
         * Each analyzing thread's table. Kept here, not in a thread-local, so that they go with the recorder: a
         * long-lived calling thread (the dev server's) would otherwise keep every build's tables.
         */
        private final Map<Thread, Map<String, Form>> tables = new java.util.concurrent.ConcurrentHashMap<>();

        /** What one thread saw of one form. */
        private static final class Form implements TokenObserver.Form {
            int documents;
            long last;
            String term;
            long termDocument;

            @Override
            public void seen(long document, String t) {
                if (document != last) {
                    documents++;
                    last = document;
                }
                take(t, document);
            }

            /** Keeps {@code t} as the form's term if it comes from an earlier document (index order) than the one kept. */
            void take(String t, long document) {
                if (t != null && (term == null || document < termDocument)) {
                    term = t;
                    termDocument = document;
                }
            }
        }

        /**
         * Runs {@code work} (the analysis of one document) on this thread as document {@code document}: a positive
         * number, its place in index order, that no other document has.
         */
        public static void during(long document, Runnable work) {
            long[] current = DOCUMENT.get();
            long before = current[0];
            current[0] = document;
            try {
                work.run();
            } finally {
                current[0] = before;
            }
        }

        @Override
        public long document() {
            return DOCUMENT.get()[0];
        }

        @Override
        public TokenObserver.Form form(String surface) {
            // Once per distinct word and thread (the analyzer keeps the form with the word): no lookup per occurrence.
            Map<String, Form> table = tables.computeIfAbsent(Thread.currentThread(), t -> new HashMap<>());
            return table.computeIfAbsent(surface, k -> new Form());
        }

        /** The lexicon of what every thread saw (call once the analysis is over). */
        public Lexicon lexicon() {
            TreeMap<String, Form> merged = new TreeMap<>();
            for (Map<String, Form> t : tables.values()) {
                for (Map.Entry<String, Form> e : t.entrySet()) {
                    Form f = e.getValue();
                    Form m = merged.computeIfAbsent(e.getKey(), k -> new Form());
                    m.documents += f.documents;
                    m.take(f.term, f.termDocument);
                }
            }
            String[] forms = new String[merged.size()];
            String[] terms = new String[forms.length];
            int[] weights = new int[forms.length];
            int i = 0;
            for (Map.Entry<String, Form> e : merged.entrySet()) {
                forms[i] = e.getKey();
                terms[i] = e.getValue().term;
                weights[i] = e.getValue().documents;
                i++;
            }
            return new Lexicon(forms, terms, weights);
        }
    }

    // ---- files: form \t term (empty for a stop word) \t weight, one a line, gzip --------------------------------

    public void write(Path file) {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8))) {
            for (int i = 0; i < forms.length; i++) {
                w.write(forms[i]);
                w.write('\t');
                if (terms[i] != null) w.write(terms[i]);
                w.write('\t');
                w.write(Integer.toString(weights[i]));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static Lexicon read(Path file) throws IOException {
        List<String> f = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<Integer> w = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                if (a < 0 || b < 0) throw new IOException("malformed lexicon line in " + file);
                f.add(line.substring(0, a));
                String term = line.substring(a + 1, b);
                t.add(term.isEmpty() ? null : term);
                w.add(Integer.parseInt(line.substring(b + 1)));
            }
        }
        int[] weights = new int[w.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = w.get(i);
        return new Lexicon(f.toArray(String[]::new), t.toArray(String[]::new), weights);
    }
}
