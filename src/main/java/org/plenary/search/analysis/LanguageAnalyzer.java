package org.plenary.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzer of one language, composed from Lucene's filters as Lucene's own language analyzers are, with
 * {@link SurfaceFilter} (lower case, accents kept for the stemmers) right after the tokenizer and
 * {@link FoldingFilter} (case and accent folding of the term) at the end:
 *
 * <table>
 *   <caption>Chains by language (primary subtag)</caption>
 *   <tr><td>en</td><td>standard tokenizer, fold, possessive {@code 's}, English stop words, Porter stemmer</td></tr>
 *   <tr><td>fr</td><td>standard tokenizer, fold, elision ({@code l'}, {@code d'}…), stop words, French light stemmer</td></tr>
 *   <tr><td>es, pt, it, de</td><td>standard tokenizer, fold, stop words, the language's light stemmer (it: elision first)</td></tr>
 *   <tr><td>nl, ru</td><td>standard tokenizer, fold, stop words, Snowball stemmer</td></tr>
 *   <tr><td>ar</td><td>standard tokenizer, fold, stop words, Arabic normalization, Arabic light stemmer</td></tr>
 *   <tr><td>zh</td><td>Traditional→Simplified ({@link ChineseConversion}), smartcn word segmentation (HMM), fold,
 *       punctuation stop words, Porter stemmer for Latin words</td></tr>
 *   <tr><td>others</td><td>standard tokenizer, fold</td></tr>
 * </table>
 * Stop word lists are Lucene's defaults for the language. Values of a multi-valued field are 100
 * positions apart so phrases never match across them. With a {@link TokenObserver}, each word's surface form and
 * resulting term are reported once per document (to build the search lexicon). Everything after the tokenizer
 * works on one word at a time, so it runs once per distinct word of a thread's documents and is then looked up
 * ({@link WordChainFilter}): same tokens, a fraction of the time.
 */
public final class LanguageAnalyzer extends Analyzer {
    private final String language;
    private final TokenObserver observer;

    public LanguageAnalyzer(String language, TokenObserver observer) {
        this.language = primary(language);
        this.observer = observer;
    }

    public LanguageAnalyzer(String language) {
        this(language, null);
    }

    /** The primary language subtag, lower case: {@code pt-BR} → {@code pt}. */
    public static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Whether the language has a stemmer here (others are folded and tokenized only). */
    public static boolean stems(String tag) {
        return Set.of("en", "fr", "es", "pt", "it", "de", "nl", "ru", "ar").contains(primary(tag));
    }

    /**
     * The stop words of a language as the analyzer drops them (Lucene's default list for the language, the one its
     * chain uses), each {@link Folding#fold folded} as query words are: the words a query in this language may not
     * search for. Sorted; empty for a language without a list.
     */
    public static java.util.SortedSet<String> stopWords(String tag) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        CharArraySet set = stopSet(primary(tag));
        if (set != null) {
            for (Object w : set) out.add(Folding.fold(new String((char[]) w)));
        }
        return out;
    }

    private static CharArraySet stopSet(String language) {
        return switch (language) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            case "zh" -> SmartChineseAnalyzer.getDefaultStopSet();
            default -> null;
        };
    }

    /** Whether queries in this language are segmented against the vocabulary (no spaces between words). */
    public static boolean segmentsWords(String tag) {
        return primary(tag).equals("zh");
    }

    /**
     * Loads what the language's analysis loads once per process (zh: the Traditional→Simplified table derived from
     * ICU and smartcn's dictionaries, about a second), so that it can be done ahead, beside other work, instead of
     * stalling every thread at the first document.
     */
    public static void prepare(String tag) {
        if (!primary(tag).equals("zh")) return;
        try (LanguageAnalyzer a = new LanguageAnalyzer(tag); TokenStream ts = a.tokenStream("f", "中文分詞")) {
            ts.reset();
            while (ts.incrementToken()) {
                // the first sentence loads the dictionaries
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return language.equals("zh") ? new MappingCharFilter(ChineseConversion.charMap(), reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = language.equals("zh") ? new HMMChineseTokenizer() : new StandardTokenizer();
        OneWord word = new OneWord();
        return new TokenStreamComponents(source, new WordChainFilter(source, word, wordChain(word), observer, language));
    }

    /**
     * The filters of the language after the tokenizer, over any token source: {@link SurfaceFilter}, the language's
     * elision, stop words and stemmer, {@link FoldingFilter}. Each works on one token at a time, with no context,
     * which is what lets {@link WordChainFilter} run them once per distinct word.
     */
    private TokenStream wordChain(TokenStream source) {
        TokenStream t = new SurfaceFilter(source);
        CharArraySet stop = stopSet(language);
        t = switch (language) {
            case "en" -> new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(t), stop));
            case "fr" -> new FrenchLightStemFilter(new StopFilter(new ElisionFilter(t, FrenchAnalyzer.DEFAULT_ARTICLES), stop));
            case "es" -> new SpanishLightStemFilter(new StopFilter(t, stop));
            case "pt" -> new PortugueseLightStemFilter(new StopFilter(t, stop));
            case "it" -> new ItalianLightStemFilter(new StopFilter(new ElisionFilter(t, ITALIAN_ARTICLES), stop));
            case "de" -> new GermanLightStemFilter(new StopFilter(t, stop));
            case "nl" -> new SnowballFilter(new StopFilter(t, stop), new DutchStemmer());
            case "ru" -> new SnowballFilter(new StopFilter(t, stop), new RussianStemmer());
            case "ar" -> new ArabicStemFilter(new ArabicNormalizationFilter(new StopFilter(t, stop)));
            case "zh" -> new PorterStemFilter(new StopFilter(t, stop));
            default -> t;
        };
        return new FoldingFilter(t);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /** The articles the Italian chain elides ({@link Clitics} writes them into the static index). */
    static CharArraySet italianArticles() {
        return ITALIAN_ARTICLES;
    }

    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(
            java.util.List.of("c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl",
                    "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"), true);

    /** The source of the per-word chain: emits one given word, as the tokenizer produced it. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private String word = "";
        private boolean done;

        void set(String w) {
            word = w;
        }

        @Override
        public boolean incrementToken() {
            if (done) return false;
            clearAttributes();
            term.setEmpty().append(word);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }

    /**
     * Runs the language's word filters ({@link #wordChain}) on each token of the tokenizer, through a cache from
     * the token's text to what the chain makes of it (its folded surface form, and its index term or none for a
     * stop word): a corpus has far fewer distinct words than tokens, and folding and stemming were most of the
     * analysis time. Exactly the chain's result, stop words' positions included (as {@link StopFilter} leaves
     * them: added to the next token's increment, or to the end's), and the term's UTF-8 bytes made once per word
     * (Lucene's {@link BytesTermAttribute}, beside the characters). Reports each word's surface form and term to
     * the observer, if any, once per document. One instance per thread (Lucene reuses an analyzer's components per
     * thread).
     */
    private static final class WordChainFilter extends TokenFilter {
        /** Distinct words kept at most (then the cache starts again: results never depend on it). */
        private static final int MAX_WORDS = 1 << 17;
        private static final String STOP = new String("stop"); // identity marker: the chain dropped the word

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final BytesTermAttribute termBytes = addAttribute(BytesTermAttribute.class);
        private final OneWord word;
        private final TokenStream chain;
        private final CharTermAttribute chainTerm;
        private final TokenObserver observer;
        private final String language;
        /** Token text → what the chain makes of it, looked up in the term buffer itself (no string per token). */
        private final CharArrayMap<Word> cache = new CharArrayMap<>(64, false);
        private int skipped;
        /** The observer's document for the field value being analyzed (looked up once per value, not per token). */
        private long document;

        private static final TokenObserver.Form[] NONE = {};

        /**
         * What the chain makes of one word, with the observer's records (only when observed, for the lexicon) of its
         * folded form and of its variants without a clitic that the chain gives the same term ({@link Clitics}), and
         * the last document it was reported for.
         */
        private static final class Word {
            final String term; // STOP for a stop word
            final BytesRef termBytes; // null for a stop word
            final TokenObserver.Form form;
            final TokenObserver.Form[] variants;
            long reported = -1; // documents are positive: the first one is always reported

            Word(String term, TokenObserver.Form form, TokenObserver.Form[] variants) {
                this.term = term;
                // Lucene's own encoding of the term's characters (an unpaired surrogate becomes U+FFFD, as indexed)
                this.termBytes = term == STOP ? null : new BytesRef(term);
                this.form = form;
                this.variants = variants;
            }
        }

        WordChainFilter(TokenStream in, OneWord word, TokenStream chain, TokenObserver observer, String language) {
            super(in);
            this.word = word;
            this.chain = chain;
            this.chainTerm = chain.getAttribute(CharTermAttribute.class);
            this.observer = observer;
            this.language = language;
        }

        @Override
        public boolean incrementToken() throws IOException {
            skipped = 0;
            while (input.incrementToken()) {
                Word w = cache.get(term.buffer(), 0, term.length());
                if (w == null) {
                    String raw = term.toString();
                    String t = analyze(raw);
                    if (observer == null) {
                        w = new Word(t, null, NONE);
                    } else {
                        String folded = Folding.fold(raw); // the lexicon's key for the word
                        w = new Word(t, observer.form(folded), t == STOP ? NONE : variants(folded, t));
                    }
                    if (cache.size() >= MAX_WORDS) cache.clear();
                    cache.put(raw, w);
                }
                boolean stop = w.term == STOP;
                if (observer != null && w.reported != document) {
                    w.reported = document;
                    w.form.seen(document, stop ? null : w.term);
                    if (!stop) {
                        for (TokenObserver.Form v : w.variants) v.seen(document, w.term);
                    }
                }
                if (stop) {
                    skipped += increment.getPositionIncrement();
                    continue;
                }
                term.setEmpty().append(w.term);
                termBytes.setBytesRef(w.termBytes);
                if (skipped != 0) increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
                return true;
            }
            return false;
        }

        /** The index term the chain makes of a word, or STOP. */
        private String analyze(String raw) throws IOException {
            word.set(raw);
            chain.reset();
            try {
                String t = chain.incrementToken() ? chainTerm.toString() : STOP;
                if (chain.incrementToken()) throw new IllegalStateException("a word filter split '" + raw + "'");
                chain.end();
                return t;
            } finally {
                chain.close();
            }
        }

        /**
         * The observer's records of the folded word's variants without a clitic that the chain makes the same term
         * of: a variant the chain analyzes otherwise is not the same word bare (a word that merely starts like a
         * clitic).
         */
        private TokenObserver.Form[] variants(String folded, String t) throws IOException {
            List<TokenObserver.Form> out = null;
            for (String v : Clitics.variants(language, folded)) {
                if (!t.equals(analyze(v))) continue;
                if (out == null) out = new java.util.ArrayList<>(2);
                out.add(observer.form(v));
            }
            return out == null ? NONE : out.toArray(NONE);
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            skipped = 0;
            document = observer == null ? 0 : observer.document(); // a field value belongs to one document
        }
    }
}
