package org.plenary.search.analysis;

import org.apache.lucene.util.Attribute;

/** The folded form of a token as it left the tokenizer, before stop words and stemming. */
public interface SurfaceAttribute extends Attribute {
    String get();

    void set(String surface);
}
