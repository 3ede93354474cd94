package org.plenary.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.plenary.search.analysis.LanguageAnalyzer;

/**
 * Writes the Lucene index of a site's search entities into a folder, with one lexicon per language and
 * {@code meta.json}. Document numbers are fixed by the entity order: document {@code e * n + l} is entity e in the
 * l-th language (an empty document where the entity has no page in that language), indexed by one thread in that
 * order (segments, if the buffer is flushed more than once, hold consecutive documents and are never merged), so
 * the static index can reproduce Lucene's statistics, norms and tie order exactly.
 * Documents are analyzed on every core, in chunks, and indexed in that fixed order ({@link PreAnalyzed}).
 *
 * <p>Fields per language L: {@code title_L} and {@code body_L} (text with positions and norms), stored
 * {@code url}, {@code title} and {@code text} (UTF-8 bytes) — what {@code plenary search} shows of a result; the
 * meta line is shown by the search page only, which reads it from the static index. The stored fields are not
 * compressed ({@link SearchCodec}).
 */
public final class IndexBuilder {
    public static final String LUCENE_DIR = "lucene";

    /**
     * Field names by language, made once: they are asked for every field value indexed, and one string per language
     * keeps its hash (Lucene and the analyzer wrapper look fields up by name).
     */
    private static final Map<String, String> TITLE_FIELDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> BODY_FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    public static String titleField(String lang) {
        return TITLE_FIELDS.computeIfAbsent(lang, l -> "title_" + l);
    }

    public static String bodyField(String lang) {
        return BODY_FIELDS.computeIfAbsent(lang, l -> "body_" + l);
    }

    public static Path lexiconFile(Path dir, String lang) {
        return dir.resolve("lexicon-" + lang + ".tsv.gz");
    }

    /** Documents analyzed as one task. */
    private static final int CHUNK = 32;
    /** Chunks analyzed ahead of the one being indexed, at most (bounds the memory the analyzed tokens take). */
    private static final int AHEAD = 16;

    /** One page of one entity, analyzed: its fields (what its words taught the lexicon is in the recorder). */
    private record Analyzed(int doc, String lang, SearchEntity.Page page, PreAnalyzed title, List<PreAnalyzed> body,
                            byte[] text) {
    }

    /**
     * Builds everything into {@code dir} (which must be empty or absent). Documents are analyzed on every thread of
     * {@code threads} while the calling thread indexes them, in document order, as they come; when every document
     * is analyzed, {@code whenAnalyzed} runs on the calling thread (it may start work for the pool threads, which
     * have nothing left to do while the calling thread writes the index's files).
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public static IndexMeta build(List<SearchEntity> entities, List<String> languages, String defaultLanguage,
                                  List<String> regions, String baseUrl, String fingerprint, Path dir, SearchThreads threads,
                                  Runnable whenAnalyzed) throws IOException {
        return build(entities, languages, defaultLanguage, regions, baseUrl, fingerprint, dir, threads, whenAnalyzed, 0);
    }

    /** The same; {@code segmentDocs > 0} flushes a segment every that many documents (tests: several segments). */
    static IndexMeta build(List<SearchEntity> entities, List<String> languages, String defaultLanguage,
                           List<String> regions, String baseUrl, String fingerprint, Path dir, SearchThreads threads,
                           Runnable whenAnalyzed, int segmentDocs) throws IOException {
        Map<String, Lexicon.Recorder> recorders = new LinkedHashMap<>();
        Map<String, Analyzer> observing = new HashMap<>();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String l : languages) {
            Lexicon.Recorder recorder = new Lexicon.Recorder();
            recorders.put(l, recorder);
            observing.put(l, new LanguageAnalyzer(l, recorder));
            Analyzer plain = new LanguageAnalyzer(l);
            perField.put(titleField(l), plain);
            perField.put(bodyField(l), plain);
        }
        List<IndexMeta.Entity> table = new ArrayList<>();
        for (SearchEntity entity : entities) {
            table.add(new IndexMeta.Entity(entity.type().code(), entity.id(), entity.year(), entity.regionMask()));
        }
        int n = languages.size();
        int total = entities.size() * n;
        // The writer's analyzer only gives the gaps between a field's values; the tokens come pre-analyzed.
        try (Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
             Directory directory = FSDirectory.open(dir.resolve(LUCENE_DIR))) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(256).setUseCompoundFile(false).setCommitOnClose(false) // interrupted: drop, fast
                    // One thread adds the documents in order, so segments (one, unless the buffer fills: 21,289
                    // pages take 11 MB) hold consecutive documents; they are not merged (the readers need not).
                    .setCodec(new SearchCodec()).setMergePolicy(NoMergePolicy.INSTANCE);
            if (segmentDocs > 0) config.setMaxBufferedDocs(segmentDocs);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                // Analysis (smartcn above all) on every core; indexing on this thread, in document order.
                threads.inOrder((total + CHUNK - 1) / CHUNK, AHEAD, c -> {
                    List<Analyzed> chunk = new ArrayList<>(CHUNK);
                    for (int d = c * CHUNK; d < Math.min(total, (c + 1) * CHUNK); d++) {
                        chunk.add(analyze(d, languages.get(d % n), entities.get(d / n), observing));
                    }
                    return chunk;
                }, chunk -> {
                    for (Analyzed x : chunk) index(writer, x);
                });
                whenAnalyzed.run();
                writer.commit();
            }
        }
        for (Map.Entry<String, Lexicon.Recorder> r : recorders.entrySet()) {
            r.getValue().lexicon().write(lexiconFile(dir, r.getKey()));
        }
        IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, fingerprint, baseUrl, languages, regions, table, defaultLanguage);
        meta.write(dir.resolve("meta.json"));
        return meta;
    }

    private static Analyzed analyze(int d, String lang, SearchEntity entity, Map<String, Analyzer> observing) {
        SearchEntity.Page page = entity.pages().get(lang);
        if (page == null) return new Analyzed(d, lang, null, null, List.of(), null);
        Analyzer a = observing.get(lang);
        PreAnalyzed[] title = new PreAnalyzed[1];
        List<PreAnalyzed> body = new ArrayList<>();
        // Document d + 1: the recorder's document numbers are positive, and in index order.
        Lexicon.Recorder.during(d + 1L, () -> {
            title[0] = PreAnalyzed.of(a, titleField(lang), page.titleText());
            for (String part : page.indexed()) body.add(PreAnalyzed.of(a, bodyField(lang), part));
        });
        return new Analyzed(d, lang, page, title[0], body, page.text().getBytes(StandardCharsets.UTF_8));
    }

    private static void index(IndexWriter writer, Analyzed x) {
        Document doc = new Document();
        if (x.page() != null) {
            doc.add(new Field(titleField(x.lang()), x.title().replay(), TextField.TYPE_NOT_STORED));
            for (PreAnalyzed part : x.body()) {
                doc.add(new Field(bodyField(x.lang()), part.replay(), TextField.TYPE_NOT_STORED));
            }
            doc.add(new StoredField("url", x.page().url()));
            doc.add(new StoredField("title", x.page().title()));
            doc.add(new StoredField("text", x.text())); // UTF-8, encoded on the analyzing thread
        }
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
