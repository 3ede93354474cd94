package org.plenary.links;

import java.util.List;
import java.util.Set;

/**
 * What link checking needs from one HTML file, extracted in a single parse and kept instead of the DOM.
 *
 * @param path       site-relative path with forward slashes
 * @param baseHref   the first {@code <base href>} as written, or {@code null}
 * @param references distinct references in document order
 * @param anchors    every {@code id} and every {@code <a name>}: what a {@code #fragment} can point at
 * @param alternates {@code <link rel=alternate hreflang>} entries, for the reciprocity check
 * @param error      why the file could not be read, or {@code null}
 */
record ParsedPage(String path, String baseHref, List<Reference> references, Set<String> anchors,
                  List<Alternate> alternates, String error) {

    /** One {@code hreflang} alternate: the language code and the href as written. */
    record Alternate(String hreflang, String href) {
    }

    static ParsedPage unreadable(String path, String error) {
        return new ParsedPage(path, null, List.of(), Set.of(), List.of(), error);
    }
}
