package org.plenary.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * The clitics each language's analyzer takes off a word before stemming — French and Italian elided articles
 * ({@code l'examen}: Lucene's {@code ElisionFilter}), the English possessive ({@code ICANN's}:
 * {@code EnglishPossessiveFilter}), Arabic conjunction, preposition and article prefixes ({@code والشفافية}: the
 * prefixes of Lucene's {@code ArabicStemmer}) — as rewrite rules on {@link Folding folded} words.
 *
 * <p>Why: the search lexicon maps the word forms that occur in the site to their index terms, and the browser
 * looks query words up in it instead of running a stemmer. A word that occurs only with a clitic attached
 * ({@code l'examen}, {@code والشفافية}) would then be unknown when searched bare ({@code examen}, {@code الشفافية}),
 * although the analyzer indexes both alike. So the build also records each form's variants without clitics (those
 * the analyzer gives the same term: {@link #variants}), and a query word the lexicon does not know is looked up
 * without its clitics ({@code d'exactitude}, {@code والسفر}), by the command line and the browser alike: the rules
 * are written into the static index's manifest ({@link #rules}), and {@code search.js} applies them the same way.
 *
 * <p>A rule is {@code {kind, affix, replacement}}: kind {@code "p"} (the word starts with the affix) or {@code "s"}
 * (ends with it); the variant is the replacement plus the rest of the word, or the rest plus the replacement. A
 * variant keeps at least {@value #MIN_REST} characters of the word.
 */
public final class Clitics {
    /** Characters of the word a variant keeps at least (the Arabic stemmer's own limit for a prefix). */
    public static final int MIN_REST = 2;

    private static final String AL = "\u0627\u0644"; // ال

    private Clitics() {
    }

    private static final Map<String, List<String[]>> RULES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rules of a language (primary subtag), in the order variants are tried; empty when it has none. */
    public static List<String[]> rules(String tag) {
        return RULES.computeIfAbsent(LanguageAnalyzer.primary(tag), Clitics::of);
    }

    private static List<String[]> of(String language) {
        return switch (language) {
            case "fr" -> elision(FrenchAnalyzer.DEFAULT_ARTICLES);
            case "it" -> elision(LanguageAnalyzer.italianArticles());
            case "en" -> List.<String[]>of(new String[] {"s", "'s", ""});
            case "ar" -> arabic();
            default -> List.of();
        };
    }

    /** Every language's rules, for the manifest: language code → [[kind, affix, replacement], …]. */
    public static Map<String, List<String[]>> rules(List<String> languages) {
        Map<String, List<String[]>> out = new java.util.LinkedHashMap<>();
        for (String l : languages) {
            List<String[]> r = rules(l);
            if (!r.isEmpty()) out.put(l, r);
        }
        return out;
    }

    /**
     * The variants of a folded word without one clitic, in rule order, without duplicates (the word itself
     * excluded); empty when no rule applies.
     */
    public static List<String> variants(String tag, String folded) {
        List<String> out = new ArrayList<>(2);
        for (String[] r : rules(tag)) {
            String affix = r[1];
            if (folded.length() - affix.length() < MIN_REST) continue;
            String v = null;
            if (r[0].equals("p") && folded.startsWith(affix)) {
                v = r[2] + folded.substring(affix.length());
            } else if (r[0].equals("s") && folded.endsWith(affix)) {
                v = folded.substring(0, folded.length() - affix.length()) + r[2];
            }
            if (v != null && !v.equals(folded) && !out.contains(v)) out.add(v);
        }
        return out;
    }

    private static List<String[]> elision(CharArraySet articles) {
        List<String> sorted = new ArrayList<>();
        for (Object a : articles) sorted.add(new String((char[]) a));
        java.util.Collections.sort(sorted);
        List<String[]> out = new ArrayList<>();
        for (String a : sorted) out.add(new String[] {"p", a + "'", ""});
        return out;
    }

    /**
     * The prefixes {@code ArabicStemmer} removes (longest first, as it tries them): {@code وال بال كال فال لل} (with
     * the article: the variant is the bare word, and the word with {@code ال} alone), {@code ال}, and {@code و}.
     */
    private static List<String[]> arabic() {
        List<String[]> out = new ArrayList<>();
        for (String p : List.of("\u0648" + AL, "\u0628" + AL, "\u0643" + AL, "\u0641" + AL)) {
            out.add(new String[] {"p", p, ""});
            out.add(new String[] {"p", p, AL});
        }
        out.add(new String[] {"p", "\u0644\u0644", ""});
        out.add(new String[] {"p", "\u0644\u0644", AL});
        out.add(new String[] {"p", AL, ""});
        out.add(new String[] {"p", "\u0648", ""});
        return List.copyOf(out);
    }
}
