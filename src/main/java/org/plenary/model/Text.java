package org.plenary.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A translatable text: one string per language code. A plain YAML string is stored under the site's default
 * language. Lookups fall back to the default language and say so, so pages can show a "not translated" notice.
 */
public final class Text {
    public static final Text EMPTY = new Text(Map.of());

    private final Map<String, String> byLanguage;

    private Text(Map<String, String> byLanguage) {
        this.byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static Text of(Map<String, String> byLanguage) {
        return byLanguage.isEmpty() ? EMPTY : new Text(byLanguage);
    }

    public static Text of(String language, String value) {
        return new Text(Map.of(language, value));
    }

    /** A text in the language asked for, or the fallback used instead. */
    public record Localized(String value, String language, boolean fallback) {
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public Optional<String> exact(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** The text in {@code language}, else in {@code defaultLanguage}, else the first one given; null if empty. */
    public Localized in(String language, String defaultLanguage) {
        String v = byLanguage.get(language);
        if (v != null) return new Localized(v, language, false);
        v = byLanguage.get(defaultLanguage);
        if (v != null) return new Localized(v, defaultLanguage, true);
        for (Map.Entry<String, String> e : byLanguage.entrySet()) {
            return new Localized(e.getValue(), e.getKey(), true);
        }
        return null;
    }

    /** Shorthand for templates: the string only, empty when there is none. */
    public String get(String language, String defaultLanguage) {
        Localized l = in(language, defaultLanguage);
        return l == null ? "" : l.value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && t.byLanguage.equals(byLanguage);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return byLanguage.toString();
    }
}
