package org.plenary.search.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene's attribute implementation of {@link SurfaceAttribute} (found by name: {@code <interface>Impl}). */
public final class SurfaceAttributeImpl extends AttributeImpl implements SurfaceAttribute {
    private String surface = "";

    @Override
    public String get() {
        return surface;
    }

    @Override
    public void set(String s) {
        surface = s;
    }

    @Override
    public void clear() {
        surface = "";
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(SurfaceAttribute.class, "surface", surface);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((SurfaceAttribute) target).set(surface);
    }
}
