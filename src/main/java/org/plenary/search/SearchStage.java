package org.plenary.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plenary.content.Content;
import org.plenary.output.Output;
import org.plenary.search.internal.IndexMeta;
import org.plenary.search.internal.SearchEntity;
import org.plenary.search.internal.StaticIndexWriter;
import org.plenary.rules.PublicView;
import org.plenary.theme.Theme;

/**
 * The build's search stage: extracts every page's searchable text (public information only), writes the Lucene
 * index under {@code <root>/.plenary-cache/search/} (what {@code plenary search} and {@code serve} answer from)
 * and the static index under {@code search/} of the site being built (what the search page answers from).
 */
public final class SearchStage {
    private SearchStage() {
    }

    /**
     * @throws java.io.UncheckedIOException when an index cannot be written
     */
    public static void run(Path root, PublicView view, Content content, Theme theme, Output out) {
        List<SearchEntity> entities = SearchIndexes.entities(view, content, theme);
        Path dir = SearchIndexes.write(root, view, entities);
        try {
            StaticIndexWriter.write(dir, IndexMeta.read(dir.resolve("meta.json")), entities, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the static search index", e);
        }
    }
}
