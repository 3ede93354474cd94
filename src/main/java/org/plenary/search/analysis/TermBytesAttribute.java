package org.plenary.search.analysis;

import org.apache.lucene.util.Attribute;
import org.apache.lucene.util.BytesRef;

/**
 * The current token's index term as UTF-8 bytes, exactly as Lucene encodes the term's characters for the index, made
 * once per distinct word by the analyzer ({@link LanguageAnalyzer}) and shared by every occurrence: never modify
 * them. Null when the analyzer did not set them (then the term is in the token's characters only).
 */
public interface TermBytesAttribute extends Attribute {
    BytesRef get();

    void set(BytesRef bytes);
}
