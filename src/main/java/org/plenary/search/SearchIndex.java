package org.plenary.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.FSDirectory;
import org.plenary.search.analysis.LanguageAnalyzer;
import org.plenary.search.internal.IndexBuilder;
import org.plenary.search.internal.IndexMeta;
import org.plenary.search.internal.Lexicon;
import org.plenary.search.internal.LuceneQueries;
import org.plenary.search.internal.ParsedQuery;
import org.plenary.search.internal.QueryPlan;
import org.plenary.search.internal.QueryPlanner;
import org.plenary.search.internal.QuerySyntax;
import org.plenary.search.internal.QueryToken;
import org.plenary.search.internal.Snippets;

/**
 * A site's search index as written by the build under {@code <root>/.plenary-cache/search/} (see
 * {@link SearchIndexes}): Lucene index, lexicons and entity table. Answers {@link SearchRequest}s with BM25 (title
 * boosted), phrases, completion of the last word, typo tolerance and facets, exactly as the static index answers
 * them in the browser. Thread-safe for searching; close it when done. Opening one while a build swaps a new index
 * into the folder is safe within the JVM ({@link #open}).
 */
public final class SearchIndex implements Closeable {
    static {
        // Completions and corrections in every language can exceed Lucene's default of 1,024 clauses.
        IndexSearcher.setMaxClauseCount(1 << 16);
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexMeta meta;
    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final QueryPlanner planner;

    private SearchIndex(Path dir) throws IOException {
        this.meta = IndexMeta.read(dir.resolve("meta.json"));
        this.reader = DirectoryReader.open(FSDirectory.open(dir.resolve(IndexBuilder.LUCENE_DIR)));
        this.searcher = new IndexSearcher(reader);
        for (String l : meta.languages()) lexicons.put(l, Lexicon.read(IndexBuilder.lexiconFile(dir, l)));
        Map<String, Set<String>> stop = new HashMap<>();
        for (String l : meta.languages()) stop.put(l, LanguageAnalyzer.stopWords(l));
        this.planner = new QueryPlanner(lexicons, stop);
    }

    /**
     * Opens an index folder written by {@link SearchIndexes#write}, holding the folder's swap lock while its files are
     * opened ({@link SearchIndexes#swapLock}): an index swapped in meanwhile is not mixed with the one being opened.
     */
    public static SearchIndex open(Path dir) throws IOException {
        java.util.concurrent.locks.Lock reading = SearchIndexes.swapLock(dir).readLock();
        reading.lock();
        try {
            return new SearchIndex(dir);
        } finally {
            reading.unlock();
        }
    }

    /** {@link #open}, or null when {@code dir} holds no index ({@link #exists}), both under the folder's swap lock. */
    public static SearchIndex openIfExists(Path dir) throws IOException {
        java.util.concurrent.locks.Lock reading = SearchIndexes.swapLock(dir).readLock();
        reading.lock();
        try {
            return exists(dir) ? new SearchIndex(dir) : null;
        } finally {
            reading.unlock();
        }
    }

    public List<String> languages() {
        return meta.languages();
    }

    private record Hit(int doc, int entity, String lang, float score) {
    }

    /**
     * @throws InvalidQueryException for a query that cannot be searched (see {@link QuerySyntax}) or an unknown
     *                               language or type
     */
    public SearchResponse search(SearchRequest req) throws InvalidQueryException, IOException {
        ParsedQuery parsed = QuerySyntax.parse(req.query());
        List<String> langs = meta.languages();
        if (req.lang() != null) {
            if (!langs.contains(req.lang())) {
                throw new InvalidQueryException("unknown language '" + req.lang() + "'; this site is in " + String.join(", ", langs));
            }
            langs = List.of(req.lang());
        }
        if (req.type() != null && DocType.of(req.type()) == null) {
            List<String> types = new ArrayList<>();
            for (DocType t : DocType.values()) types.add(t.code());
            throw new InvalidQueryException("unknown type '" + req.type() + "'; use one of " + String.join(", ", types));
        }
        if (req.region() != null && !meta.regions().contains(req.region().toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidQueryException("unknown region '" + req.region() + "'; use one of " + String.join(", ", meta.regions()));
        }
        String prefer = req.lang() != null ? req.lang() : req.prefer() != null ? req.prefer() : meta.defaultLanguage();
        if (!meta.languages().contains(prefer)) {
            throw new InvalidQueryException("unknown language '" + prefer + "'; this site is in " + String.join(", ", meta.languages()));
        }
        boolean collapse = req.lang() == null;
        QueryPlan plan = planner.plan(parsed, langs, prefer, false, false);
        if (plan.onlyCommon() && !plan.common().isEmpty()) {
            return new SearchResponse(List.of(), facets(List.of(), req, collapse, prefer), 0, Map.of(), null, false, plan.common(), 0);
        }
        // Typo tolerance for every word, then any word instead of all, only while nothing matches at all: when the
        // words matched and the filters removed every page, that is the answer (not a correction).
        List<Hit> hits = hits(plan);
        // A Chinese run is one clause but may be segmented into several words, as several words would be.
        boolean anyWord = parsed.clauses().size() > 1
                || parsed.clauses().stream().anyMatch(c -> c instanceof ParsedQuery.Word w && w.token().han());
        if (hits.isEmpty()) {
            plan = planner.plan(parsed, langs, prefer, true, false);
            hits = hits(plan);
            if (hits.isEmpty() && anyWord) {
                QueryPlan relaxed = planner.plan(parsed, langs, prefer, true, true);
                List<Hit> some = hits(relaxed);
                if (!some.isEmpty()) {
                    plan = relaxed;
                    hits = some;
                }
            }
        }
        List<Hit> shown = arrange(filtered(hits, req, null), collapse, prefer);
        int unfiltered = req.filtered() ? arrange(hits, collapse, prefer).size() : shown.size();
        Map<String, Map<String, Integer>> facets = facets(hits, req, collapse, prefer);
        List<SearchResult> results = new ArrayList<>();
        Map<String, java.util.LinkedHashSet<String>> termsByLang = terms(plan);
        for (Hit h : shown.subList(0, Math.min(Math.max(0, req.limit()), shown.size()))) {
            Document d = reader.storedFields().document(h.doc());
            IndexMeta.Entity e = meta.entities().get(h.entity());
            String url = d.get("url");
            if (meta.baseUrl() != null) url = meta.baseUrl() + url;
            String snippet = Snippets.of(d.getBinaryValue("text").utf8ToString(), lexicons.get(h.lang()),
                    termsByLang.getOrDefault(h.lang(), new java.util.LinkedHashSet<>()), LanguageAnalyzer.segmentsWords(h.lang()));
            results.add(new SearchResult(e.id(), url, d.get("title"), h.lang(), e.type(), h.score(), snippet));
        }
        String suggestion = null;
        if (hits.isEmpty() && !plan.corrections().isEmpty()) suggestion = corrected(req.query(), parsed, plan.corrections());
        Map<String, String> corrections = hits.isEmpty() ? Map.of() : plan.corrections();
        return new SearchResponse(results, facets, shown.size(), corrections, suggestion, plan.relaxed() && !shown.isEmpty(),
                List.of(), unfiltered);
    }

    private List<Hit> hits(QueryPlan plan) throws IOException {
        Query q = LuceneQueries.of(plan);
        List<Hit> out = new ArrayList<>();
        int n = meta.languages().size();
        searcher.search(q, new SimpleCollector() {
            private Scorable scorer;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void setScorer(Scorable s) {
                scorer = s;
            }

            @Override
            public void collect(int doc) throws IOException {
                int d = base + doc;
                out.add(new Hit(d, d / n, meta.languages().get(d % n), scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return out;
    }

    /** Hits passing every filter except {@code except} (a facet name, or null for none). */
    private List<Hit> filtered(List<Hit> hits, SearchRequest req, String except) {
        List<Hit> out = new ArrayList<>();
        int regionBit = req.region() == null ? 0 : 1 << meta.regions().indexOf(req.region().toLowerCase(java.util.Locale.ROOT));
        for (Hit h : hits) {
            IndexMeta.Entity e = meta.entities().get(h.entity());
            if (req.lang() != null && !"lang".equals(except) && !req.lang().equals(h.lang())) continue;
            if (req.type() != null && !"type".equals(except) && !e.type().equals(req.type().toLowerCase(java.util.Locale.ROOT))) continue;
            if (req.year() != null && !"year".equals(except) && !req.year().equals(e.year())) continue;
            if (req.region() != null && !"region".equals(except) && (e.regions() & regionBit) == 0) continue;
            out.add(h);
        }
        return out;
    }

    /**
     * Best first: score, then document number. When collapsing (no language filter), one page per entity: its page in
     * the preferred language if that page matched, else its best page, ranked by that page's score. Names, ids and
     * codes read the same in every language, so their pages score nearly alike; the reader's language decides, not
     * the small differences of field lengths between languages.
     */
    private List<Hit> arrange(List<Hit> hits, boolean collapse, String prefer) {
        Comparator<Hit> order = Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingInt(Hit::doc);
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(order);
        if (!collapse) return sorted;
        Map<Integer, Hit> chosen = new LinkedHashMap<>();
        for (Hit h : sorted) {
            Hit had = chosen.get(h.entity());
            if (had == null || (h.lang().equals(prefer) && !had.lang().equals(prefer))) chosen.put(h.entity(), h);
        }
        List<Hit> out = new ArrayList<>(chosen.values());
        out.sort(order);
        return out;
    }

    private Map<String, Map<String, Integer>> facets(List<Hit> hits, SearchRequest req, boolean collapse, String prefer) {
        Map<String, Map<String, Integer>> f = new LinkedHashMap<>();
        Map<String, Integer> type = new LinkedHashMap<>();
        for (DocType t : DocType.values()) type.put(t.code(), 0);
        for (Hit h : arrange(filtered(hits, req, "type"), collapse, prefer)) type.merge(meta.entities().get(h.entity()).type(), 1, Integer::sum);
        type.values().removeIf(v -> v == 0);
        Map<String, Integer> years = new TreeMap<>(Comparator.reverseOrder());
        for (Hit h : arrange(filtered(hits, req, "year"), collapse, prefer)) {
            Integer y = meta.entities().get(h.entity()).year();
            if (y != null) years.merge(String.valueOf(y), 1, Integer::sum);
        }
        Map<String, Integer> regions = new LinkedHashMap<>();
        for (String r : meta.regions()) regions.put(r, 0);
        for (Hit h : arrange(filtered(hits, req, "region"), collapse, prefer)) {
            int mask = meta.entities().get(h.entity()).regions();
            for (int i = 0; i < meta.regions().size(); i++) {
                if ((mask & (1 << i)) != 0) regions.merge(meta.regions().get(i), 1, Integer::sum);
            }
        }
        regions.values().removeIf(v -> v == 0);
        Map<String, Integer> langs = new LinkedHashMap<>();
        for (String l : meta.languages()) langs.put(l, 0);
        for (Hit h : filtered(hits, req, "lang")) langs.merge(h.lang(), 1, Integer::sum);
        langs.values().removeIf(v -> v == 0);
        f.put("type", type);
        f.put("year", new LinkedHashMap<>(years));
        f.put("region", regions);
        f.put("lang", langs);
        return f;
    }

    /** Per language, the plan's terms in clause order (the browser's snippet iterates them in this order). */
    private static Map<String, java.util.LinkedHashSet<String>> terms(QueryPlan plan) {
        Map<String, java.util.LinkedHashSet<String>> out = new HashMap<>();
        plan.byLanguage().forEach((lang, clauses) -> {
            java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>();
            for (QueryPlan.Clause c : clauses) {
                if (c instanceof QueryPlan.Terms t) t.alternatives().forEach(a -> s.add(a.term()));
                if (c instanceof QueryPlan.Phrase p) s.addAll(p.terms());
            }
            out.put(lang, s);
        });
        return out;
    }

    /** The query with each corrected word replaced by its vocabulary form. */
    private static String corrected(String query, ParsedQuery parsed, Map<String, String> corrections) {
        StringBuilder out = new StringBuilder(query);
        List<QueryToken> tokens = new ArrayList<>();
        for (ParsedQuery.Clause c : parsed.clauses()) {
            if (c instanceof ParsedQuery.Word w) tokens.add(w.token());
            if (c instanceof ParsedQuery.Phrase p) tokens.addAll(p.tokens());
        }
        tokens.sort(Comparator.comparingInt(QueryToken::start).reversed());
        for (QueryToken t : tokens) {
            String fix = corrections.get(org.plenary.search.analysis.Folding.fold(t.text()));
            if (fix != null) out.replace(t.start(), t.end(), fix);
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Whether {@code dir} holds an index (a build or {@code plenary search} wrote one there). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve("meta.json"));
    }
}
