package org.plenary.search.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;
import org.apache.lucene.util.BytesRef;

/** Lucene's attribute implementation of {@link TermBytesAttribute} (found by name: {@code <interface>Impl}). */
public final class TermBytesAttributeImpl extends AttributeImpl implements TermBytesAttribute {
    private BytesRef bytes;

    @Override
    public BytesRef get() {
        return bytes;
    }

    @Override
    public void set(BytesRef b) {
        bytes = b;
    }

    @Override
    public void clear() {
        bytes = null;
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(TermBytesAttribute.class, "bytes", bytes);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((TermBytesAttribute) target).set(bytes);
    }
}
