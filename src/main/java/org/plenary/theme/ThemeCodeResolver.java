package org.plenary.theme;

import gg.jte.CodeResolver;
import java.util.List;
import java.util.Map;

/**
 * Jte's view of a theme: a template name ({@code members/profile.jte}) resolves to the root's own source when it has
 * one, else to the built-in source shipped in the tool. The sources are read once, up front, so compiling never touches
 * the disk again and the cache key covers exactly what was compiled.
 */
final class ThemeCodeResolver implements CodeResolver {
    private final Map<String, String> sources;

    /** @param sources every template name with its source text, the root's winning over the built-in ones */
    ThemeCodeResolver(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

    @Override
    public String resolve(String name) {
        return sources.get(name);
    }

    /** Sources are fixed for the life of this resolver: a change means a new theme, so nothing is ever "modified". */
    @Override
    public long getLastModified(String name) {
        return sources.containsKey(name) ? 1L : 0L;
    }

    @Override
    public List<String> resolveAllTemplateNames() {
        return sources.keySet().stream().sorted().toList();
    }
}
