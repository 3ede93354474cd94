package org.plenary.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The norms a flush reads from memory are Lucene's, document for document, sparse fields included. */
class SearchCodecTest {
    @TempDir
    Path tmp;

    @Test
    void flushNormsAreTheNormsOnDisk() throws Exception {
        Random r = new Random(7);
        try (Directory dir = FSDirectory.open(tmp)) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setCodec(new SearchCodec()))) {
                for (int d = 0; d < 3000; d++) {
                    Document doc = new Document();
                    // A field in every document, one in a seventh of them, one in most, one in two.
                    doc.add(new TextField("all", words(r, 1 + r.nextInt(20)), Field.Store.NO));
                    if (d % 7 == 3) doc.add(new TextField("rare", words(r, 1 + r.nextInt(40)), Field.Store.NO));
                    if (r.nextInt(10) > 0) doc.add(new TextField("common", words(r, 1 + r.nextInt(300)), Field.Store.NO));
                    if (d == 5 || d == 2999) doc.add(new TextField("few", words(r, 3), Field.Store.NO));
                    w.addDocument(doc);
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext c : reader.leaves()) {
                    CodecReader leaf = (CodecReader) c.reader();
                    for (FieldInfo fi : leaf.getFieldInfos()) {
                        if (!fi.hasNorms()) continue;
                        int maxDoc = leaf.maxDoc();
                        // Lookups, document by document, as a flush makes them.
                        NumericDocValues disk = leaf.getNormsReader().getNorms(fi);
                        NumericDocValues memory = leaf.getNormsReader().getMergeInstance().getNorms(fi);
                        for (int d = 0; d < maxDoc; d++) {
                            boolean has = disk.advanceExact(d);
                            assertEquals(has, memory.advanceExact(d), fi.name + " " + d);
                            if (has) assertEquals(disk.longValue(), memory.longValue(), fi.name + " " + d);
                        }
                        // Iteration and skipping.
                        disk = leaf.getNormsReader().getNorms(fi);
                        memory = leaf.getNormsReader().getMergeInstance().getNorms(fi);
                        assertEquals(disk.cost(), memory.cost());
                        for (int d = disk.nextDoc(); ; d = disk.nextDoc()) {
                            assertEquals(d, memory.nextDoc());
                            if (d == DocIdSetIterator.NO_MORE_DOCS) break;
                            assertEquals(disk.longValue(), memory.longValue());
                        }
                        disk = leaf.getNormsReader().getNorms(fi);
                        memory = leaf.getNormsReader().getMergeInstance().getNorms(fi);
                        for (int target = 0; target < maxDoc + 50; target += 1 + r.nextInt(60)) {
                            if (target <= disk.docID()) continue;
                            assertEquals(disk.advance(target), memory.advance(target), fi.name + " " + target);
                            if (disk.docID() == DocIdSetIterator.NO_MORE_DOCS) break;
                        }
                    }
                }
            }
        }
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append("w").append(r.nextInt(500)).append(' ');
        return b.toString();
    }
}
