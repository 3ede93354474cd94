package org.plenary.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.plenary.identity.Reads;

/** All rendered Markdown of a site: pages by path then language, advice bodies by advice id then language. */
public final class Content {
    private final Map<String, Map<String, ContentPage>> pages;
    private final Map<String, Map<String, String>> adviceBodies;

    Content(Map<String, Map<String, ContentPage>> pages, Map<String, Map<String, String>> adviceBodies) {
        this.pages = Collections.unmodifiableMap(new TreeMap<>(pages));
        this.adviceBodies = Collections.unmodifiableMap(new TreeMap<>(adviceBodies));
    }

    /** Page paths in sorted order (the home text, "", first). */
    public List<String> pagePaths() {
        Reads.note("content");
        return List.copyOf(pages.keySet());
    }

    /** Translations of one page by language code. */
    public Map<String, ContentPage> page(String path) {
        Reads.note("content:" + path);
        return pages.getOrDefault(path, Map.of());
    }

    /** Advice body HTML by language; empty when the statement has no body files. */
    public Map<String, String> adviceBody(String adviceId) {
        Reads.note("body:" + adviceId);
        return adviceBodies.getOrDefault(adviceId, Map.of());
    }

    /**
     * The languages a statement has a body in (sorted), for listings that show them without the text: a separate
     * identity from the bodies, so editing a body's text does not redo every listing.
     */
    public Set<String> adviceBodyLanguages(String adviceId) {
        Reads.note("body-languages:" + adviceId);
        return adviceBodies.getOrDefault(adviceId, Map.of()).keySet();
    }

    /**
     * The value behind a content identity ({@code content}, {@code content:PATH}, {@code body:ADVICE-ID},
     * {@code body-languages:ADVICE-ID}), for telling which identities an edit touched; compare with
     * {@link org.plenary.identity.SameContent}.
     */
    public Object lookup(String identity) {
        if (identity.equals("content")) return List.copyOf(pages.keySet());
        if (identity.startsWith("content:")) return pages.get(identity.substring("content:".length()));
        if (identity.startsWith("body:")) return adviceBodies.get(identity.substring("body:".length()));
        if (identity.startsWith("body-languages:")) {
            Map<String, String> bodies = adviceBodies.get(identity.substring("body-languages:".length()));
            return bodies == null ? null : List.copyOf(bodies.keySet());
        }
        throw new IllegalArgumentException("not a content identity: " + identity);
    }
}
