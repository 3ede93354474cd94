package org.plenary.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one worker found. Each worker fills its own and they are merged at the end, so the parallel part of a
 * check shares no mutable state and needs no locks.
 */
final class Findings {
    int links;
    int unchecked;
    final List<BrokenLink> broken = new ArrayList<>();
    final List<LinkNote> notes = new ArrayList<>();
    final List<ExternalUse> externalUses = new ArrayList<>();
    /** Site stylesheets referenced, whose own url()s and @imports are checked once each afterwards. */
    final Set<String> stylesheets = new LinkedHashSet<>();
    /** The alternates of the pages checked that have any, by page path, for the hreflang check at the end. */
    final Map<String, List<HreflangCheck.Link>> alternates = new HashMap<>();

    /** An external URL used by a page, kept until all external URLs have been fetched once. */
    record ExternalUse(String page, String href, String url, String fragment) {
    }

    void broken(String page, String href, String reason) {
        broken.add(new BrokenLink(page, href, reason));
    }

    void merge(Findings other) {
        links += other.links;
        unchecked += other.unchecked;
        broken.addAll(other.broken);
        notes.addAll(other.notes);
        externalUses.addAll(other.externalUses);
        stylesheets.addAll(other.stylesheets);
        alternates.putAll(other.alternates);
    }
}
