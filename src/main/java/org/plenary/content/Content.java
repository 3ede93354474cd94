package org.plenary.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        return List.copyOf(pages.keySet());
    }

    /** Translations of one page by language code. */
    public Map<String, ContentPage> page(String path) {
        return pages.getOrDefault(path, Map.of());
    }

    /** Advice body HTML by language; empty when the statement has no body files. */
    public Map<String, String> adviceBody(String adviceId) {
        return adviceBodies.getOrDefault(adviceId, Map.of());
    }
}
