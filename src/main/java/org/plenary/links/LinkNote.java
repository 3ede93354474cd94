package org.plenary.links;

import java.util.Comparator;

/**
 * Something worth knowing about a working link that does not fail the check, e.g. an external URL that
 * redirects (the note names the final URL, so the link can be updated).
 */
public record LinkNote(String page, String href, String message) {

    public static final Comparator<LinkNote> ORDER = Comparator.comparing(LinkNote::page)
            .thenComparing(LinkNote::href)
            .thenComparing(LinkNote::message);
}
