package org.plenary.model.internal;

import java.util.Set;

/** Matching a language code as written against the site's languages: tags are case-insensitive (RFC 5646 §2.1.1). */
final class Languages {
    private Languages() {
    }

    /** The configured tag {@code written} stands for ({@code EN} → {@code en}), or null when none. */
    static String configured(String written, Set<String> configured) {
        if (configured == null) return written;
        if (configured.contains(written)) return written;
        for (String c : configured) {
            if (c.equalsIgnoreCase(written)) return c;
        }
        return null;
    }
}
