package org.plenary.search.internal;

import java.io.IOException;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.plenary.search.analysis.LanguageAnalyzer;

/**
 * Writes the Lucene index of a site's search entities into a folder, with one lexicon per language and
 * {@code meta.json}. Document numbers are fixed by the entity order: document {@code e * n + l} is entity e in the
 * l-th language (an empty document where the entity has no page in that language), indexed by one thread and
 * merged into one segment, so the static index can reproduce Lucene's statistics, norms and tie order exactly.
 *
 * <p>Fields per language L: {@code title_L} and {@code body_L} (text with positions and norms), stored
 * {@code url}, {@code title}, {@code meta}, {@code text}.
 */
public final class IndexBuilder {
    public static final String LUCENE_DIR = "lucene";

    public static String titleField(String lang) {
        return "title_" + lang;
    }

    public static String bodyField(String lang) {
        return "body_" + lang;
    }

    public static Path lexiconFile(Path dir, String lang) {
        return dir.resolve("lexicon-" + lang + ".tsv.gz");
    }

    /** Builds everything into {@code dir} (which must be empty or absent). */
    public static IndexMeta build(List<SearchEntity> entities, List<String> languages, List<String> regions,
                                  String baseUrl, String fingerprint, Path dir) throws IOException {
        Map<String, Lexicon.Recorder> recorders = new LinkedHashMap<>();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String l : languages) {
            Lexicon.Recorder r = new Lexicon.Recorder();
            recorders.put(l, r);
            Analyzer a = new LanguageAnalyzer(l, r);
            perField.put(titleField(l), a);
            perField.put(bodyField(l), a);
        }
        List<IndexMeta.Entity> table = new ArrayList<>();
        try (Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
             Directory directory = FSDirectory.open(dir.resolve(LUCENE_DIR))) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128).setUseCompoundFile(false);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                int n = languages.size();
                for (int e = 0; e < entities.size(); e++) {
                    SearchEntity entity = entities.get(e);
                    table.add(new IndexMeta.Entity(entity.type().code(), entity.id(), entity.year(), entity.regionMask()));
                    for (int l = 0; l < n; l++) {
                        String lang = languages.get(l);
                        SearchEntity.Page page = entity.pages().get(lang);
                        Document doc = new Document();
                        if (page != null) {
                            recorders.get(lang).startDocument(e * n + l);
                            doc.add(new TextField(titleField(lang), page.titleText(), Field.Store.NO));
                            for (String part : page.body()) doc.add(new TextField(bodyField(lang), part, Field.Store.NO));
                            doc.add(new StoredField("url", page.url()));
                            doc.add(new StoredField("title", page.title()));
                            doc.add(new StoredField("meta", page.meta()));
                            doc.add(new StoredField("text", page.text()));
                        }
                        writer.addDocument(doc);
                    }
                }
                writer.forceMerge(1);
                writer.commit();
            }
        }
        for (Map.Entry<String, Lexicon.Recorder> r : recorders.entrySet()) {
            r.getValue().lexicon().write(lexiconFile(dir, r.getKey()));
        }
        IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, fingerprint, baseUrl, languages, regions, table);
        meta.write(dir.resolve("meta.json"));
        return meta;
    }
}
