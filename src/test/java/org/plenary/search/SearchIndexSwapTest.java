package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.search.internal.SearchEntity;
import org.plenary.search.internal.SearchThreads;

/**
 * The dev server answers {@code /api/search} from the Lucene index while its deferred write (on a thread of its own,
 * without the site's lock) builds a new one and swaps it in: two renames, the old folder out and the new one in.
 * A search opened meanwhile must open one whole index, never fail because the folder was missing between the renames
 * or changed under it while its files were being opened.
 */
class SearchIndexSwapTest {
    @TempDir
    Path tmp;

    @Test
    void searchesOpenedWhileTheIndexIsSwappedInOpenAWholeIndex() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Loaded in = InputStages.run(site.root(), null, false);
        assertTrue(in.ok());
        Path dir;
        List<SearchEntity> entities;
        try (SearchThreads t = new SearchThreads(1)) {
            entities = SearchIndexes.entities(in.view(), in.content(), in.theme(), t);
            dir = SearchIndexes.write(site.root(), in.view(), entities, t);
        }
        SearchRequest query = new SearchRequest("diallo", null, null, null, null, 10);
        int expected;
        try (SearchIndex s = SearchIndex.open(dir)) {
            expected = s.search(query).total();
        }
        assertTrue(expected > 0);

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        Runnable reader = () -> {
            while (writing.get()) {
                try (SearchIndex s = SearchIndex.open(dir)) {
                    int total = s.search(query).total();
                    if (total != expected) failures.merge(total + " results instead of " + expected, 1, Integer::sum);
                } catch (Exception | AssertionError e) {
                    failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                }
                searches.incrementAndGet();
            }
        };
        List<Thread> readers = List.of(new Thread(reader, "reader-1"), new Thread(reader, "reader-2"));
        readers.forEach(Thread::start);
        try (SearchThreads t = new SearchThreads(1)) {
            for (int i = 0; i < 25; i++) SearchIndexes.write(site.root(), in.view(), entities, t);
        } finally {
            writing.set(false);
            for (Thread r : readers) r.join();
        }
        assertTrue(searches.get() > 0);
        assertEquals(Map.of(), failures, "searches that failed or found another index, of " + searches.get());
    }
}
