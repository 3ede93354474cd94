package org.plenary.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.plenary.content.Content;
import org.plenary.model.Language;
import org.plenary.output.Output;
import org.plenary.search.analysis.LanguageAnalyzer;
import org.plenary.search.internal.IndexMeta;
import org.plenary.search.internal.SearchEntity;
import org.plenary.search.internal.SearchThreads;
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
     * Runs on every core. Checks for interruption between pieces of work (documents, shards): a dev server being
     * stopped does not wait for a whole index.
     *
     * @throws java.io.UncheckedIOException                  when an index cannot be written
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted (its interrupt
     *                                                      status stays set)
     */
    public static void run(Path root, PublicView view, Content content, Theme theme, Output out) {
        try (SearchThreads threads = SearchThreads.perCore()) {
            List<String> languages = view.site().languages().stream().map(Language::code).toList();
            // Dictionaries and tables loaded on a pool thread while the others extract the texts.
            SearchThreads.Pending<Boolean> prepared = threads.start(() -> {
                languages.forEach(LanguageAnalyzer::prepare);
                return true;
            });
            List<SearchEntity> entities = SearchIndexes.entities(view, content, theme, threads);
            threads.join(prepared);
            // The result pages' files need no Lucene index: the pool threads write them while the calling thread
            // writes the Lucene index's files (which it does alone), then the calling thread helps.
            List<SearchThreads.Batch<String>> pages = new java.util.ArrayList<>(1);
            Path dir = SearchIndexes.write(root, view, entities, threads, () -> pages.add(threads.startMap(
                    languages.size() * StaticIndexWriter.pageGroups(entities.size()),
                    i -> StaticIndexWriter.writePageGroup(languages, entities, i, out))));
            Map<String, List<String>> groups = StaticIndexWriter.pageGroupNames(languages, threads.join(pages.get(0)));
            StaticIndexWriter.write(dir, IndexMeta.read(dir.resolve("meta.json")), groups, out, threads);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the static search index", e);
        }
    }
}
