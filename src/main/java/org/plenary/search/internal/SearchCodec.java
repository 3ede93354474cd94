package org.plenary.search.internal;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The codec of the search index: Lucene's default, but its stored fields (what {@code plenary search} shows of a
 * result: URL, title, snippet text) are written as they are, without compression. Compressing them was about a
 * twentieth of the search stage's time, on the one thread that feeds the index, for a cache that is read a few
 * documents at a time; the index folder is larger instead (the text of the pages, about 2.5 times). Its norms are
 * written and read as Lucene's, but while a segment is flushed they are looked up in memory
 * ({@link #normsFormat}). Registered under {@value #NAME} (META-INF/services), so that readers find it by the name
 * written in the index.
 */
public final class SearchCodec extends FilterCodec {
    public static final String NAME = "PlenarySearch912";

    /** Stored fields as they are: a chunk is its bytes. */
    private static final CompressionMode AS_IS = new CompressionMode() {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                        throws IOException {
                    // Consumes the whole chunk, as a decompressor does, and keeps [offset, offset + length).
                    in.skipBytes(offset);
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.readBytes(bytes.bytes, 0, length);
                    bytes.offset = 0;
                    bytes.length = length;
                    in.skipBytes(originalLength - offset - length);
                }

                @Override
                public Decompressor clone() {
                    return this;
                }
            };
        }

        @Override
        public String toString() {
            return "AS_IS";
        }
    };

    /** Lucene's stored-fields layout with the chunk sizes of its BEST_SPEED mode, and no compression. */
    private final StoredFieldsFormat storedFields =
            new Lucene90CompressingStoredFieldsFormat("PlenaryStoredFieldsAsIs", AS_IS, 80 * 1024, 1024, 10);

    private final NormsFormat norms;

    public SearchCodec() {
        super(NAME, new Lucene912Codec());
        norms = new FlushedNorms(delegate.normsFormat());
    }

    /**
     * Lucene's norms format, files and all, but the norms a segment's flush reads back come from arrays
     * ({@link FlushedNorms}); searching reads them as Lucene does.
     */
    @Override
    public NormsFormat normsFormat() {
        return norms;
    }

    /**
     * Why: flushing a segment writes each term's postings with the norm of each of its documents (for the skip
     * data), reading the norms just written through a new iterator per term. A field here is in one language's
     * documents only, a seventh of the index, so its norms are sparse, and Lucene's sparse iterator finds a
     * document by scanning the field's documents from the start of the block: a rare term in a late document cost
     * a scan of thousands of entries, and writing the postings was mostly that (about three fifths of the flush on
     * a 21,600-page site). The flush's reader ({@link NormsProducer#getMergeInstance}) here reads a field's norms
     * once into an array and answers every lookup from it, with the same values.
     */
    private static final class FlushedNorms extends NormsFormat {
        private final NormsFormat lucene;

        FlushedNorms(NormsFormat lucene) {
            this.lucene = lucene;
        }

        @Override
        public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
            return lucene.normsConsumer(state);
        }

        @Override
        public NormsProducer normsProducer(SegmentReadState state) throws IOException {
            NormsProducer read = lucene.normsProducer(state);
            int maxDoc = state.segmentInfo.maxDoc();
            return new NormsProducer() {
                @Override
                public NumericDocValues getNorms(FieldInfo field) throws IOException {
                    return read.getNorms(field);
                }

                @Override
                public void checkIntegrity() throws IOException {
                    read.checkIntegrity();
                }

                @Override
                public NormsProducer getMergeInstance() {
                    return new InMemory(read.getMergeInstance(), maxDoc);
                }

                @Override
                public void close() throws IOException {
                    read.close();
                }
            };
        }
    }

    /**
     * Norms read into memory a field at a time: the field asked for last is kept (a flush writes one field's terms
     * after the other), as its values by document and the set of documents that have one.
     */
    private static final class InMemory extends NormsProducer {
        private final NormsProducer read;
        private final int maxDoc;
        private String field;
        private long[] values;
        private FixedBitSet present;
        private int count;

        InMemory(NormsProducer read, int maxDoc) {
            this.read = read;
            this.maxDoc = maxDoc;
        }

        @Override
        public NumericDocValues getNorms(FieldInfo info) throws IOException {
            if (!info.name.equals(field)) {
                NumericDocValues in = read.getNorms(info);
                values = new long[maxDoc]; // a new array: a view of the previous field keeps its own
                present = new FixedBitSet(Math.max(1, maxDoc));
                count = 0;
                for (int d = in.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = in.nextDoc()) {
                    values[d] = in.longValue();
                    present.set(d);
                    count++;
                }
                field = info.name;
            }
            long[] v = values;
            FixedBitSet has = present;
            int cost = count;
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return v[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return has.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= maxDoc ? NO_MORE_DOCS : has.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return cost;
                }
            };
        }

        @Override
        public void checkIntegrity() throws IOException {
            read.checkIntegrity();
        }

        @Override
        public void close() {
            // a merge instance shares the files of the producer it came from, which closes them
        }
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
