package org.plenary.search.internal;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The codec of the search index: Lucene's default, but its stored fields (what {@code plenary search} shows of a
 * result: URL, title, snippet text) are written as they are, without compression. Compressing them was about a
 * twentieth of the search stage's time, on the one thread that feeds the index, for a cache that is read a few
 * documents at a time; the index folder is larger instead (the text of the pages, about 2.5 times). Registered
 * under {@value #NAME} (META-INF/services), so that readers find it by the name written in the index.
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

    public SearchCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
