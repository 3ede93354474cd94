package org.plenary.search.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.output.Output;
import org.plenary.search.SearchIndex;
import org.plenary.search.SearchRequest;

/** The Lucene index is not merged: with several segments, both indexes answer as with one. */
class SegmentsTest {
    @TempDir
    Path tmp;

    @Test
    void severalSegmentsGiveTheSameStaticIndexAndTheSameAnswers() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Loaded in = InputStages.run(site.root(), null, false);
        assertTrue(in.ok());
        List<String> langs = in.view().site().languages().stream().map(l -> l.code()).toList();
        Map<String, byte[]> first = null;
        SearchIndex one = null;
        try (SearchThreads t = new SearchThreads(2)) {
            List<SearchEntity> entities = org.plenary.search.SearchIndexes.entities(in.view(), in.content(), in.theme(), t);
            for (int segmentDocs : new int[] {0, 7}) {
                Path dir = site.beside("index-" + segmentDocs);
                IndexMeta meta = IndexBuilder.build(entities, langs, in.view().site().defaultLanguage(), List.of(), null,
                        "test", dir, t, () -> { }, segmentDocs);
                try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir.resolve(IndexBuilder.LUCENE_DIR)))) {
                    if (segmentDocs == 0) assertEquals(1, r.leaves().size());
                    else assertTrue(r.leaves().size() > 3, r.leaves().size() + " segments");
                }
                Path out = site.beside("out-" + segmentDocs);
                Output o = new Output(out);
                StaticIndexWriter.write(dir, meta, StaticIndexWriter.writePages(langs, entities, o), o, t);
                Map<String, byte[]> files = TestSite.snapshot(out.resolve("search"));
                SearchIndex index = SearchIndex.open(dir);
                if (first == null) {
                    first = files;
                    one = index;
                    continue;
                }
                assertTrue(one.search(SearchRequest.of("travel")).results().size() > 1);
                assertEquals(first.keySet(), files.keySet());
                for (String k : first.keySet()) assertArrayEquals(first.get(k), files.get(k), k);
                for (String q : List.of("travel", "policy advice", "\"travel support\"", "trav", "travle", "ICANN80",
                        "déclarations", "отчет", "互联网")) {
                    assertEquals(one.search(SearchRequest.of(q)), index.search(SearchRequest.of(q)), q);
                }
                index.close();
            }
        } finally {
            if (one != null) one.close();
        }
    }
}
