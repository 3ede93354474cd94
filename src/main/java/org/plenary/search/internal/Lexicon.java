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

    /** Collects forms and terms from the analyzer of one language while its documents are indexed. */
    public static final class Recorder implements TokenObserver {
        private final Map<String, String> termOf = new HashMap<>();
        private final Map<String, int[]> seen = new HashMap<>(); // form → {documents, last document}
        private int doc = -1;

        /** Call before each document of this language is indexed. */
        public void startDocument(int docId) {
            doc = docId;
        }

        @Override
        public void surface(String surface) {
            int[] w = seen.computeIfAbsent(surface, k -> new int[] {0, -1});
            if (w[1] != doc) {
                w[0]++;
                w[1] = doc;
            }
        }

        @Override
        public void term(String surface, String term) {
            termOf.putIfAbsent(surface, term);
        }

        public Lexicon lexicon() {
            TreeMap<String, int[]> sorted = new TreeMap<>(seen);
            String[] f = new String[sorted.size()];
            String[] t = new String[f.length];
            int[] w = new int[f.length];
            int i = 0;
            for (Map.Entry<String, int[]> e : sorted.entrySet()) {
                f[i] = e.getKey();
                t[i] = termOf.get(e.getKey());
                w[i] = e.getValue()[0];
                i++;
            }
            return new Lexicon(f, t, w);
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
