package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.plenary.search.analysis.ChineseConversion;
import org.plenary.search.analysis.Clitics;
import org.plenary.search.analysis.Folding;
import org.plenary.search.analysis.LanguageAnalyzer;

/**
 * Analyzes a parsed query with the lexicons instead of the analyzers: each word is folded and looked up, so it
 * reaches exactly the term indexing made of the same word form. Chinese runs are converted to simplified
 * characters and segmented against the vocabulary ({@link HanSegmenter}). The browser client follows the same
 * steps with the same data ({@code search.js}, {@code plan}); the constants below are written into the static
 * index so the two cannot drift.
 *
 * <ul>
 *   <li>Prefix (a word marked as typed-so-far or {@code word*}, at least {@value #MIN_PREFIX} characters, one for
 *       Chinese): the {@value #MAX_EXPANSIONS} most frequent other terms of forms starting with it, boost
 *       {@value #PREFIX_BOOST}.</li>
 *   <li>Typo tolerance: a word no searched language knows (nor completes) — or every word, when nothing matched —
 *       gets the forms that share its first {@value #FUZZY_PREFIX} characters and lie within 1 edit (3–5
 *       characters) or 2 edits (6 or more), at most {@value #MAX_CORRECTIONS}, boost 0.5 at distance 1 and 0.25 at
 *       distance 2.</li>
 *   <li>A stop word constrains nothing in its language; a word unknown in a language rules that language out
 *       (all words must match), unless the plan is relaxed (any word may match).</li>
 *   <li>A stop word of the <em>preferred</em> language (the language asked for, else the reader's: the site's
 *       default on the command line, the page's in the browser) is too common in every language: left out
 *       everywhere, so that {@code the} asks the same with and without {@code --lang en} (a Chinese page quoting
 *       an English name would otherwise match it). A query of such words only has nothing to search for
 *       ({@link QueryPlan#onlyCommon()}).</li>
 *   <li>A stop word of any of the site's languages is a word, not a typo: it is never corrected.</li>
 * </ul>
 */
public final class QueryPlanner {
    public static final int MIN_PREFIX = 3;
    public static final int MAX_EXPANSIONS = 20;
    public static final float PREFIX_BOOST = 0.7f;
    public static final int FUZZY_PREFIX = 2;
    public static final int MAX_CORRECTIONS = 8;
    public static final float[] FUZZY_BOOST = {1f, 0.5f, 0.25f};

    private final Map<String, Lexicon> lexicons;
    private final Map<String, Set<String>> stopWords;
    private final Set<String> anyStopWord = new HashSet<>();

    /**
     * @param lexicons  per language code, in site order
     * @param stopWords per language code, the folded stop words ({@link LanguageAnalyzer#stopWords})
     */
    public QueryPlanner(Map<String, Lexicon> lexicons, Map<String, Set<String>> stopWords) {
        this.lexicons = lexicons;
        this.stopWords = stopWords;
        stopWords.values().forEach(anyStopWord::addAll);
    }

    /** One searchable unit after segmentation: a folded word, whether it completes, and its position. */
    private record Unit(String text, boolean han, boolean prefix, int position, int wordIndex) {
    }

    /**
     * @param languages the languages to search, in site order
     * @param preferred the language whose stop words are too common to search for in any language
     * @param fuzzyAll  give every word typo corrections (the second pass, when the first found nothing)
     * @param relaxed   any clause may match instead of all
     */
    public QueryPlan plan(ParsedQuery query, List<String> languages, String preferred, boolean fuzzyAll, boolean relaxed) {
        Set<String> common = stopWords.getOrDefault(preferred, Set.of());
        List<String> dropped = new ArrayList<>();
        boolean onlyCommon = true;
        for (ParsedQuery.Clause c : query.clauses()) {
            List<QueryToken> tokens = c instanceof ParsedQuery.Word w ? List.of(w.token()) : ((ParsedQuery.Phrase) c).tokens();
            for (QueryToken t : tokens) {
                String f = Folding.fold(t.text());
                if (!t.han() && common.contains(f)) {
                    if (!dropped.contains(f)) dropped.add(f);
                } else {
                    onlyCommon = false;
                }
            }
        }
        // Words that no language knows get corrections everywhere; decided before planning each language.
        List<ParsedQuery.Word> words = new ArrayList<>();
        for (ParsedQuery.Clause c : query.clauses()) {
            if (c instanceof ParsedQuery.Word w) words.add(w);
        }
        boolean[] fuzzy = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            ParsedQuery.Word w = words.get(k);
            if (w.token().han()) continue;
            String f = Folding.fold(w.token().text());
            if (anyStopWord.contains(f)) continue; // a word, not a typo
            boolean known = false;
            for (String l : languages) {
                Lexicon lex = lexicons.get(l);
                if (lex.find(resolve(l, lex, f)) >= 0 || (w.prefix() && f.length() >= MIN_PREFIX && !expansions(lex, f, null).isEmpty())) {
                    known = true;
                    break;
                }
            }
            fuzzy[k] = fuzzyAll || !known;
        }
        Map<String, List<QueryPlan.Clause>> byLanguage = new LinkedHashMap<>();
        Map<String, String> corrections = new LinkedHashMap<>();
        Map<String, int[]> bestCorrection = new LinkedHashMap<>(); // word → {distance, weight}
        for (String l : languages) {
            Lexicon lex = lexicons.get(l);
            List<QueryPlan.Clause> clauses = new ArrayList<>();
            boolean possible = true;
            int wordIndex = 0;
            for (ParsedQuery.Clause c : query.clauses()) {
                if (c instanceof ParsedQuery.Word w) {
                    boolean fz = fuzzy[wordIndex++];
                    for (Unit u : units(List.of(w.token()), w.prefix(), l, lex)) {
                        if (!u.han() && common.contains(u.text())) continue; // too common
                        String exact = termOrNull(lex, u.text());
                        if (lex.find(u.text()) >= 0 && exact == null) continue; // stop word
                        List<QueryPlan.Alternative> alts = new ArrayList<>();
                        if (exact != null) alts.add(new QueryPlan.Alternative(exact, 1f));
                        if (u.prefix() && u.text().length() >= (u.han() ? 1 : MIN_PREFIX)) {
                            for (String t : expansions(lex, u.text(), exact)) add(alts, t, PREFIX_BOOST);
                        }
                        if (fz && !u.han()) {
                            int nearest = nearest(u.text(), languages);
                            for (Correction cr : corrections(lex, u.text())) {
                                if (cr.distance != nearest) continue;
                                add(alts, cr.term, FUZZY_BOOST[cr.distance]);
                                int[] best = bestCorrection.get(u.text());
                                if (best == null || cr.distance < best[0] || (cr.distance == best[0] && cr.weight > best[1])
                                        || (cr.distance == best[0] && cr.weight == best[1] && cr.form.compareTo(corrections.get(u.text())) < 0)) {
                                    bestCorrection.put(u.text(), new int[] {cr.distance, cr.weight});
                                    corrections.put(u.text(), cr.form);
                                }
                            }
                        }
                        if (alts.isEmpty()) {
                            possible = false;
                        } else {
                            clauses.add(new QueryPlan.Terms(List.copyOf(alts)));
                        }
                    }
                } else if (c instanceof ParsedQuery.Phrase p) {
                    List<String> terms = new ArrayList<>();
                    List<Integer> positions = new ArrayList<>();
                    boolean ok = true;
                    for (Unit u : units(p.tokens(), false, l, lex)) {
                        if (!u.han() && common.contains(u.text())) continue; // too common: a gap, as a stop word
                        if (lex.find(u.text()) < 0) {
                            ok = false;
                            continue;
                        }
                        String t = termOrNull(lex, u.text());
                        if (t == null) continue;
                        terms.add(t);
                        positions.add(u.position());
                    }
                    if (!ok) {
                        possible = false;
                    } else if (terms.size() == 1) {
                        clauses.add(new QueryPlan.Terms(List.of(new QueryPlan.Alternative(terms.get(0), 1f))));
                    } else if (!terms.isEmpty()) {
                        int first = positions.get(0);
                        clauses.add(new QueryPlan.Phrase(List.copyOf(terms), positions.stream().map(x -> x - first).toList()));
                    }
                }
            }
            if ((possible || relaxed) && !clauses.isEmpty()) byLanguage.put(l, List.copyOf(clauses));
        }
        return new QueryPlan(byLanguage, corrections, relaxed, List.copyOf(dropped), onlyCommon);
    }

    /** Tokens → folded units, Chinese runs segmented; positions count every unit (stop words included). */
    private static List<Unit> units(List<QueryToken> tokens, boolean prefixLast, String lang, Lexicon lex) {
        List<Unit> out = new ArrayList<>();
        int pos = 0;
        for (int k = 0; k < tokens.size(); k++) {
            QueryToken t = tokens.get(k);
            boolean last = k == tokens.size() - 1;
            if (t.han()) {
                String run = Folding.fold(t.text());
                if (LanguageAnalyzer.segmentsWords(lang)) run = ChineseConversion.simplify(run);
                List<String> segs = HanSegmenter.segment(run, lex);
                for (int s = 0; s < segs.size(); s++) {
                    out.add(new Unit(segs.get(s), true, prefixLast && last && s == segs.size() - 1, pos++, k));
                }
            } else {
                out.add(new Unit(resolve(lang, lex, Folding.fold(t.text())), false, prefixLast && last, pos++, k));
            }
        }
        return out;
    }

    /**
     * The form to look up for a folded query word: the word when the lexicon knows it, else its first variant without
     * a clitic that the lexicon knows ({@link Clitics#variants}: {@code d'exactitude} → {@code exactitude}), else the
     * word. The browser's {@code Lex.resolve} does the same with the rules the manifest carries.
     */
    static String resolve(String lang, Lexicon lex, String folded) {
        if (lex.find(folded) >= 0) return folded;
        for (String v : Clitics.variants(lang, folded)) {
            if (lex.find(v) >= 0) return v;
        }
        return folded;
    }

    private static String termOrNull(Lexicon lex, String form) {
        int i = lex.find(form);
        return i < 0 ? null : lex.term(i);
    }

    private static void add(List<QueryPlan.Alternative> alts, String term, float boost) {
        for (QueryPlan.Alternative a : alts) {
            if (a.term().equals(term)) return;
        }
        alts.add(new QueryPlan.Alternative(term, boost));
    }

    /** Terms of the most frequent forms starting with {@code prefix} (other than the exact term). */
    static List<String> expansions(Lexicon lex, String prefix, String exact) {
        int[] r = lex.prefixRange(prefix);
        List<Integer> idx = new ArrayList<>();
        for (int i = r[0]; i < r[1]; i++) {
            if (lex.term(i) != null && !lex.form(i).equals(prefix)) idx.add(i);
        }
        idx.sort(Comparator.<Integer>comparingInt(i -> -lex.weight(i)).thenComparing(lex::form));
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            String t = lex.term(i);
            if (t.equals(exact) || out.contains(t)) continue;
            out.add(t);
            if (out.size() == MAX_EXPANSIONS) break;
        }
        return out;
    }

    private record Correction(String form, String term, int distance, int weight) {
    }

    /** The smallest distance at which any searched language has a correction (only those are used). */
    private int nearest(String word, List<String> languages) {
        int best = Integer.MAX_VALUE;
        for (String l : languages) {
            for (Correction c : corrections(lexicons.get(l), word)) best = Math.min(best, c.distance);
        }
        return best;
    }

    /** Vocabulary forms within the allowed edits of {@code word}, closest and most frequent first. */
    private static List<Correction> corrections(Lexicon lex, String word) {
        int max = word.length() >= 6 ? 2 : word.length() >= 3 ? 1 : 0;
        if (max == 0 || word.length() < FUZZY_PREFIX) return List.of();
        int[] r = lex.prefixRange(word.substring(0, FUZZY_PREFIX));
        List<Correction> found = new ArrayList<>();
        for (int i = r[0]; i < r[1]; i++) {
            if (lex.term(i) == null) continue;
            int d = EditDistance.osa(word, lex.form(i), max);
            if (d >= 1 && d <= max) found.add(new Correction(lex.form(i), lex.term(i), d, lex.weight(i)));
        }
        found.sort(Comparator.comparingInt(Correction::distance).thenComparing(c -> -c.weight).thenComparing(Correction::form));
        List<Correction> out = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (Correction c : found) {
            if (terms.contains(c.term)) continue;
            terms.add(c.term);
            out.add(c);
            if (out.size() == MAX_CORRECTIONS) break;
        }
        return out;
    }
}
