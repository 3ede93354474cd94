package org.plenary.search.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.plenary.output.Output;
import org.plenary.search.analysis.ChineseConversion;
import org.plenary.search.analysis.Clitics;
import org.plenary.search.analysis.LanguageAnalyzer;

/**
 * Writes the static search index under {@code /search/} of the built site, from the Lucene index and lexicons of
 * {@link IndexBuilder}, so that a browser can answer queries with no server and the same results as
 * {@code plenary search}. Layout (every file but the manifest is gzip-compressed and named by a hash of its
 * content, so it can be cached for ever):
 * <pre>
 *   search/manifest.json          languages, regions, types, scoring constants, names of the files below
 *   search/facets-H.bin           entity facet values as runs: [first entity, type, year, region mask]…
 *   search/stop-H.bin             per language, the analyzer's stop words, folded (QueryPlanner: too common)
 *   search/L/l-H.bin              per language: field statistics (doc count, sum of term frequencies), shard
 *                                 boundaries and names, document group names, Traditional→Simplified table (zh)
 *   search/L/s-H.bin              a shard: the lexicon forms and the index terms of one key range, each term with
 *                                 its postings per field (document delta, frequency, Lucene norm byte) and the
 *                                 forms that became it (for highlighting, the lexicon read backwards)
 *   search/L/p-H.bin              the positions of the same shard's postings (fetched for phrases only)
 *   search/L/t-H.bin              zh: traditional → simplified characters, for the vocabulary's characters
 *   search/L/d/H/B.bin            bundle B: the pages in L of entities B×{@value #BUNDLE} to B×{@value #BUNDLE}+{@value #BUNDLE}−1,
 *                                 {"E": {id, url, title, meta line, text (for the snippet)}, …}; H names the group
 *                                 of {@value #GROUP} entities, so an edit renames one group
 * </pre>
 * Shards hold about {@value #SHARD_BYTES} bytes before compression; a query fetches the manifest, the language
 * file, the shards of its words and terms, and the bundles of the results shown. Pages are bundled because gzip
 * compresses a few neighbouring pages together far better than each alone (the sample's page files weigh 0.59 of
 * what they do one page a file, at 4 a bundle; 0.48 at 8), while a first query's ten results still fetch only ten
 * small files. Document numbers, statistics,
 * norms and positions are Lucene's own, read back from the index. Output is deterministic.
 */
public final class StaticIndexWriter {
    public static final int FORMAT = 4;
    public static final int SHARD_BYTES = 24 * 1024;
    public static final int GROUP = 64;
    /** Pages per bundle file; divides {@link #GROUP}, so a bundle lies within one group. */
    public static final int BUNDLE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Posting(int doc, int freq, int norm, int[] positions) {
    }

    private record TermData(List<Posting> title, List<Posting> body) {
    }

    private StaticIndexWriter() {
    }

    public static void write(Path indexDir, IndexMeta meta, List<SearchEntity> entities, Output out) throws IOException {
        try (SearchThreads threads = SearchThreads.perCore()) {
            write(indexDir, meta, writePages(meta.languages(), entities, out), out, threads);
        }
    }

    /**
     * Writes the pages' bundle files ({@code search/L/d/H/B.bin}): they depend on the entities only, so this may run while
     * the Lucene index is being built.
     *
     * @return per language, the names of its page groups, in entity order (for {@link #write})
     * @throws java.util.concurrent.CancellationException when the thread is interrupted
     */
    public static Map<String, List<String>> writePages(List<String> languages, List<SearchEntity> entities, Output out) {
        int groups = pageGroups(entities.size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < languages.size() * groups; i++) names.add(writePageGroup(languages, entities, i, out));
        return pageGroupNames(languages, names);
    }

    /** The number of page groups of each language: {@link #writePageGroup} writes one of them. */
    public static int pageGroups(int entities) {
        return (entities + GROUP - 1) / GROUP;
    }

    /**
     * Writes the bundle files of page group {@code item % pageGroups} of language {@code item / pageGroups}
     * (items may be written in any order, on any thread) and returns the group's name.
     *
     * @throws java.util.concurrent.CancellationException when the thread is interrupted
     */
    public static String writePageGroup(List<String> languages, List<SearchEntity> entities, int item, Output out) {
        int groups = pageGroups(entities.size());
        try {
            return pages(out, languages.get(item / groups), entities, item % groups);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The names returned by {@link #writePageGroup} for items 0, 1, …, per language (what {@link #write} takes). */
    public static Map<String, List<String>> pageGroupNames(List<String> languages, List<String> names) {
        int groups = languages.isEmpty() ? 0 : names.size() / languages.size();
        Map<String, List<String>> byLanguage = new java.util.LinkedHashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            byLanguage.put(languages.get(l), List.copyOf(names.subList(l * groups, (l + 1) * groups)));
        }
        return byLanguage;
    }

    /**
     * One group of one language's pages, in bundles of {@value #BUNDLE} entities (none for a bundle with no page in
     * the language); returns the group's name.
     */
    private static String pages(Output out, String lang, List<SearchEntity> entities, int g) throws IOException {
        String dir = "search/" + lang + "/";
        SearchThreads.checkInterrupted();
        List<byte[]> files = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (int b = g * GROUP; b < Math.min(entities.size(), (g + 1) * GROUP); b += BUNDLE) {
            byte[] json = bundleJson(lang, entities, b, Math.min(entities.size(), b + BUNDLE));
            if (json == null) continue;
            byte[] z = ByteWriter.gzip(json);
            files.add(z);
            which.add(b / BUNDLE);
            all.write(z);
        }
        String h = ByteWriter.hash(all.toByteArray());
        for (int k = 0; k < files.size(); k++) out.bytes(dir + "d/" + h + "/" + which.get(k) + ".bin", files.get(k));
        return h;
    }

    /**
     * Writes the static index but the pages' files, each language's shards on any thread of {@code threads}.
     *
     * @param pages what {@link #writePages} returned
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public static void write(Path indexDir, IndexMeta meta, Map<String, List<String>> pages, Output out,
                             SearchThreads threads) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        ArrayNode langs = manifest.putArray("languages");
        meta.languages().forEach(langs::add);
        ArrayNode regions = manifest.putArray("regions");
        meta.regions().forEach(regions::add);
        ArrayNode types = manifest.putArray("types");
        List<String> typeCodes = new ArrayList<>();
        for (org.plenary.search.DocType t : org.plenary.search.DocType.values()) {
            types.add(t.code());
            typeCodes.add(t.code());
        }
        manifest.put("entities", meta.entities().size());
        ObjectNode c = manifest.putObject("constants");
        c.put("k1", 1.2f).put("b", 0.75f).put("titleBoost", LuceneQueries.TITLE_BOOST)
                .put("prefixBoost", QueryPlanner.PREFIX_BOOST).put("minPrefix", QueryPlanner.MIN_PREFIX)
                .put("maxExpansions", QueryPlanner.MAX_EXPANSIONS).put("fuzzyPrefix", QueryPlanner.FUZZY_PREFIX)
                .put("maxCorrections", QueryPlanner.MAX_CORRECTIONS).put("maxWord", HanSegmenter.MAX_WORD)
                .put("maxLength", QuerySyntax.MAX_LENGTH).put("maxWords", QuerySyntax.MAX_WORDS).put("group", GROUP)
                .put("bundle", BUNDLE).put("cliticMinRest", Clitics.MIN_REST);
        ArrayNode fb = c.putArray("fuzzyBoost");
        for (float f : QueryPlanner.FUZZY_BOOST) fb.add(f);

        ArrayNode runs = JSON.createArrayNode();
        String[] last = null;
        for (int e = 0; e < meta.entities().size(); e++) {
            IndexMeta.Entity en = meta.entities().get(e);
            String[] key = {en.type(), String.valueOf(en.year()), String.valueOf(en.regions())};
            if (last == null || !java.util.Arrays.equals(key, last)) {
                runs.add(e).add(typeCodes.indexOf(en.type())).add(en.year() == null ? 0 : en.year()).add(en.regions());
                last = key;
            }
        }
        ObjectNode facets = JSON.createObjectNode();
        facets.set("runs", runs);
        manifest.put("facets", file(out, "search/facets-", JSON.writeValueAsBytes(facets)));
        manifest.put("default", meta.defaultLanguage());
        ObjectNode stop = JSON.createObjectNode();
        for (String l : meta.languages()) {
            ArrayNode words = stop.putArray(l);
            LanguageAnalyzer.stopWords(l).forEach(words::add);
        }
        manifest.put("stop", file(out, "search/stop-", JSON.writeValueAsBytes(stop)));
        ObjectNode clitics = manifest.putObject("clitics");
        Clitics.rules(meta.languages()).forEach((l, rules) -> {
            ArrayNode rs = clitics.putArray(l);
            for (String[] r : rules) rs.addArray().add(r[0]).add(r[1]).add(r[2]);
        });

        ObjectNode perLang = manifest.putObject("lang");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir.resolve(IndexBuilder.LUCENE_DIR)))) {
            List<String> codes = meta.languages();
            // Shards of the languages on every thread: a reader may be read by several at once.
            List<String> files = threads.map(codes.size(), l -> {
                try {
                    Lexicon lex = Lexicon.read(IndexBuilder.lexiconFile(indexDir, codes.get(l)));
                    return language(out, codes.get(l), l, meta, lex, reader, pages);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int l = 0; l < codes.size(); l++) perLang.put(codes.get(l), files.get(l));
        }
        out.file("search/manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    }

    /**
     * One language's shards and language file. The index may have several segments, in document order (segment i
     * holds the documents after those of segment i − 1): global document numbers are a segment's base plus its
     * own, and the field statistics are the segments' sums, as Lucene's searcher computes them.
     */
    private static String language(Output out, String lang, int langIndex, IndexMeta meta, Lexicon lex,
                                   DirectoryReader reader, Map<String, List<String>> pages) throws IOException {
        String dir = "search/" + lang + "/";
        Map<String, TermData> terms = new TreeMap<>();
        ObjectNode fields = JSON.createObjectNode();
        for (String kind : List.of("title", "body")) {
            String field = kind.equals("title") ? IndexBuilder.titleField(lang) : IndexBuilder.bodyField(lang);
            long docCount = 0;
            long sumTotalTermFreq = 0;
            int[] norms = new int[reader.maxDoc()]; // 0 where the document has no norm
            for (LeafReaderContext segment : reader.leaves()) {
                LeafReader leaf = segment.reader();
                Terms t = leaf.terms(field);
                if (t == null) continue;
                docCount += t.getDocCount();
                sumTotalTermFreq += t.getSumTotalTermFreq();
                int base = segment.docBase;
                NumericDocValues normsIter = leaf.getNormValues(field);
                if (normsIter != null) {
                    for (int d = normsIter.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = normsIter.nextDoc()) {
                        norms[base + d] = (int) normsIter.longValue() & 0xFF;
                    }
                }
                TermsEnum te = t.iterator();
                PostingsEnum pe = null;
                for (BytesRef b = te.next(); b != null; b = te.next()) {
                    String term = b.utf8ToString();
                    pe = te.postings(pe, PostingsEnum.POSITIONS);
                    TermData data = terms.computeIfAbsent(term, k -> new TermData(new ArrayList<>(), new ArrayList<>()));
                    List<Posting> list = kind.equals("title") ? data.title() : data.body();
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        int freq = pe.freq();
                        int[] pos = new int[freq];
                        for (int k = 0; k < freq; k++) pos[k] = pe.nextPosition();
                        list.add(new Posting(base + d, freq, norms[base + d], pos));
                    }
                }
            }
            fields.putArray(kind).add(docCount).add(sumTotalTermFreq);
        }

        Map<String, List<String>> formsOf = new java.util.HashMap<>();
        for (int i = 0; i < lex.size(); i++) {
            if (lex.term(i) != null) formsOf.computeIfAbsent(lex.term(i), k -> new ArrayList<>()).add(lex.form(i));
        }
        // Shards over the merged key space of lexicon forms and index terms (UTF-16 order, as in JavaScript).
        TreeSet<String> keys = new TreeSet<>(terms.keySet());
        for (int i = 0; i < lex.size(); i++) keys.add(lex.form(i));
        List<String> starts = new ArrayList<>();
        List<List<String>> shardKeys = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int size = 0;
        String prev = null;
        for (String k : keys) {
            int cost = k.length() * 2 + 4;
            TermData td = terms.get(k);
            if (td != null) cost += 3 * (td.title().size() + td.body().size());
            for (String f : formsOf.getOrDefault(k, List.of())) cost += f.length() + 2;
            if (!current.isEmpty() && size + cost > SHARD_BYTES) {
                shardKeys.add(current);
                starts.add(separator(prev, k));
                current = new ArrayList<>();
                size = 0;
            }
            if (shardKeys.isEmpty() && current.isEmpty()) starts.add("");
            current.add(k);
            size += cost;
            prev = k;
        }
        if (!current.isEmpty() || shardKeys.isEmpty()) shardKeys.add(current);
        if (starts.isEmpty()) starts.add("");

        ObjectNode lm = JSON.createObjectNode();
        lm.set("fields", fields);
        ArrayNode sb = lm.putArray("shards");
        ArrayNode sf = lm.putArray("files");
        ArrayNode pf = lm.putArray("pos");
        for (int s = 0; s < shardKeys.size(); s++) {
            sb.add(starts.get(s));
            ByteWriter w = new ByteWriter();
            ByteWriter p = new ByteWriter();
            List<String> ks = shardKeys.get(s);
            List<Integer> formIdx = new ArrayList<>();
            List<String> termKeys = new ArrayList<>();
            for (String k : ks) {
                int i = lex.find(k);
                if (i >= 0) formIdx.add(i);
                if (terms.containsKey(k)) termKeys.add(k);
            }
            w.varint(formIdx.size());
            String before = "";
            for (int i : formIdx) {
                String f = lex.form(i);
                int shared = shared(before, f);
                w.varint(shared).string(f.substring(shared));
                String term = lex.term(i);
                if (term == null) {
                    w.varint(0);
                } else {
                    int ts = shared(f, term);
                    w.varint(ts + 1).string(term.substring(ts));
                }
                w.varint(lex.weight(i));
                before = f;
            }
            w.varint(termKeys.size());
            before = "";
            for (String term : termKeys) {
                int shared = shared(before, term);
                w.varint(shared).string(term.substring(shared));
                TermData td = terms.get(term);
                postings(w, p, td.title());
                postings(w, p, td.body());
                // The forms that became this term: what the snippet marks, with no other shard to fetch.
                List<String> forms = formsOf.getOrDefault(term, List.of());
                w.varint(forms.size());
                for (String f : forms) {
                    int fs = shared(term, f);
                    w.varint(fs).string(f.substring(fs));
                }
                before = term;
            }
            sf.add(file(out, dir + "s-", w.bytes()));
            pf.add(file(out, dir + "p-", p.bytes()));
        }

        ArrayNode groups = lm.putArray("docs");
        pages.get(lang).forEach(groups::add);

        if (LanguageAnalyzer.segmentsWords(lang)) {
            Set<Integer> used = new TreeSet<>();
            for (int i = 0; i < lex.size(); i++) lex.form(i).codePoints().forEach(used::add);
            StringBuilder t2s = new StringBuilder();
            ChineseConversion.table().forEach((from, to) -> {
                if (used.contains(to)) t2s.appendCodePoint(from).appendCodePoint(to);
            });
            lm.put("t2s", file(out, dir + "t-", t2s.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return file(out, dir + "l-", JSON.writeValueAsBytes(lm));
    }

    /** Postings into {@code w} (count; per document: delta, frequency, norm) and positions into {@code p}. */
    private static void postings(ByteWriter w, ByteWriter p, List<Posting> list) {
        w.varint(list.size());
        int last = 0;
        for (Posting x : list) {
            w.varint(x.doc() - last).varint(x.freq()).u8(x.norm());
            last = x.doc();
            int lp = 0;
            for (int pos : x.positions()) {
                p.varint(pos - lp);
                lp = pos;
            }
        }
    }

    /** Writes gzip(data) as {@code prefix + hash + ".bin"}; returns the name relative to {@code search/}. */
    private static String file(Output out, String prefix, byte[] data) {
        byte[] z = ByteWriter.gzip(data);
        String name = prefix + ByteWriter.hash(z) + ".bin";
        out.bytes(name, z);
        return name.substring("search/".length());
    }

    private static int shared(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** The shortest prefix of {@code next} that sorts after {@code prev} (a shard boundary). */
    private static String separator(String prev, String next) {
        for (int len = 1; len <= next.length(); len = next.offsetByCodePoints(len, 1)) {
            String p = next.substring(0, next.offsetByCodePoints(0, next.codePointCount(0, len)));
            if (p.compareTo(prev) > 0) return p;
            if (len == next.length()) break;
        }
        return next;
    }

    /**
     * The pages in {@code lang} of entities {@code from} (inclusive) to {@code to} (exclusive) as compact JSON,
     * {@code {"E": {"id","url","title","meta","text"}, …}} keyed by entity number (what a result shows, and its
     * snippet's text); null when none of them has a page in {@code lang}.
     */
    private static byte[] bundleJson(String lang, List<SearchEntity> entities, int from, int to) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(4096);
        boolean any = false;
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(b)) {
            g.writeStartObject();
            for (int e = from; e < to; e++) {
                SearchEntity.Page page = entities.get(e).pages().get(lang);
                if (page == null) continue;
                any = true;
                g.writeObjectFieldStart(String.valueOf(e));
                g.writeStringField("id", entities.get(e).id());
                g.writeStringField("url", page.url());
                g.writeStringField("title", page.title());
                g.writeStringField("meta", page.meta());
                g.writeStringField("text", page.text());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return any ? b.toByteArray() : null;
    }
}
