package org.plenary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.plenary.content.Content;
import org.plenary.model.Language;
import org.plenary.model.Region;
import org.plenary.search.internal.DocumentExtractor;
import org.plenary.search.internal.IndexBuilder;
import org.plenary.search.internal.IndexMeta;
import org.plenary.search.internal.SearchEntity;
import org.plenary.search.internal.SearchThreads;
import org.plenary.rules.PublicView;
import org.plenary.theme.Theme;

/**
 * Where a site's Lucene search index lives ({@code <root>/.plenary-cache/search/}), whether it is up to date with
 * the inputs, and how it is (re)built: into a fresh folder beside it, then swapped in, so a reader never sees a
 * half-written index. "Up to date" compares a fingerprint of {@code data/}, {@code content/} and
 * {@code templates/} (file count, sizes, newest modification time) and the index format.
 *
 * <p>Thread-safe. The swap is two renames (the old folder out, the new one in), and opening an index reads its
 * files by name one after the other; within this JVM the swap holds the write lock of the folder's {@link #swapLock}
 * and {@link SearchIndex#open} its read lock, so a search opened while a new index is swapped in (the dev server's
 * {@code /api/search} beside its deferred write of the index) opens the old index or the new one whole. (Without
 * it a search found the folder missing between the renames, or read files of both indexes: CorruptIndexException.)
 */
public final class SearchIndexes {
    /** One lock per index folder (absolute, normalized), for the life of the JVM: a process has one or two. */
    private static final Map<Path, ReadWriteLock> SWAPS = new ConcurrentHashMap<>();

    private SearchIndexes() {
    }

    /**
     * The lock that swapping a new index into {@code dir} holds for writing, and opening the index in {@code dir}
     * for reading (an opened index reads from the files it opened, whatever is swapped in afterwards).
     */
    static ReadWriteLock swapLock(Path dir) {
        return SWAPS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new ReentrantReadWriteLock());
    }

    public static Path location(Path root) {
        return root.resolve(".plenary-cache").resolve("search");
    }

    /** Whether the index exists, has the current format, and was built from the inputs as they are now. */
    public static boolean isFresh(Path root) {
        Path dir = location(root);
        if (!SearchIndex.exists(dir)) return false;
        try {
            IndexMeta meta = IndexMeta.read(dir.resolve("meta.json"));
            return meta.format() == IndexMeta.FORMAT && fingerprint(root).equals(meta.fingerprint());
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: rebuild
        }
    }

    /** The entities of a site, in index order (the input of both the Lucene and the static index). */
    public static List<SearchEntity> entities(PublicView view, Content content, Theme theme) {
        try (SearchThreads threads = SearchThreads.perCore()) {
            return entities(view, content, theme, threads);
        }
    }

    /** The same, extracted on every thread of {@code threads}. */
    public static List<SearchEntity> entities(PublicView view, Content content, Theme theme, SearchThreads threads) {
        return new DocumentExtractor(view, content, theme).extract(threads);
    }

    /** Builds the Lucene index of a site and swaps it into {@link #location}. Returns its folder. */
    public static Path write(Path root, PublicView community, List<SearchEntity> entities) {
        try (SearchThreads threads = SearchThreads.perCore()) {
            return write(root, community, entities, threads);
        }
    }

    /**
     * The same, analyzing on every thread of {@code threads}.
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted (the index in
     *                                                      place, if any, is left as it was)
     */
    public static Path write(Path root, PublicView community, List<SearchEntity> entities, SearchThreads threads) {
        return write(root, community, entities, threads, () -> { });
    }

    /**
     * The same; {@code whenAnalyzed} runs on the calling thread once every document is analyzed, before the index's
     * files are written (see {@link IndexBuilder#build}).
     */
    public static Path write(Path root, PublicView community, List<SearchEntity> entities, SearchThreads threads,
                             Runnable whenAnalyzed) {
        Path target = location(root);
        try {
            Files.createDirectories(target.getParent());
            removeStale(target.getParent());
            Path fresh = Files.createTempDirectory(target.getParent(), "search.new-");
            try {
                List<String> langs = community.site().languages().stream().map(Language::code).toList();
                List<String> regions = new ArrayList<>();
                for (Region r : community.site().regions()) regions.add(r.code().toLowerCase(java.util.Locale.ROOT));
                IndexBuilder.build(entities, langs, community.site().defaultLanguage(), regions, community.site().baseUrl(), fingerprint(root), fresh, threads,
                        whenAnalyzed);
                swap(fresh, target);
            } finally {
                deleteTree(fresh);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index under " + target, e);
        }
    }

    /** Folders a killed build left half-written (an hour old: a build running now is not disturbed). */
    private static void removeStale(Path cache) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (Stream<Path> list = Files.list(cache)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if ((name.startsWith("search.new-") || name.startsWith("search.old-"))
                        && Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void swap(Path fresh, Path target) throws IOException {
        Path old = null;
        Lock swapping = swapLock(target).writeLock();
        swapping.lock();
        try {
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "search.old-");
                Files.delete(old);
                Files.move(target, old);
            }
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, target);
            }
        } finally {
            swapping.unlock();
        }
        if (old != null) deleteTree(old); // an index opened from it before the swap reads the files it holds open
    }

    /** A fingerprint of the inputs: file count, total size and newest modification time under each input folder. */
    public static String fingerprint(Path root) throws IOException {
        StringBuilder f = new StringBuilder("v" + IndexMeta.FORMAT);
        for (String dir : List.of("data", "content", "templates")) {
            Path d = root.resolve(dir);
            long[] count = {0};
            long[] size = {0};
            long[] newest = {0};
            if (Files.isDirectory(d)) {
                // The walk's own attributes of each file: one system call per file, where asking for its type, size
                // and time again took three more (on a 17,000-file site, most of this method's time).
                Files.walkFileTree(d, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
                        long bytes;
                        long time;
                        if (attrs.isRegularFile()) {
                            bytes = attrs.size();
                            time = attrs.lastModifiedTime().toMillis();
                        } else if (attrs.isSymbolicLink() && Files.isRegularFile(p)) {
                            bytes = Files.size(p); // a link to a file counts as that file (links are followed)
                            time = Files.getLastModifiedTime(p).toMillis();
                        } else {
                            return FileVisitResult.CONTINUE;
                        }
                        count[0]++;
                        size[0] += bytes;
                        newest[0] = Math.max(newest[0], time);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            f.append(' ').append(dir).append(':').append(count[0]).append('/').append(size[0]).append('/').append(newest[0]);
        }
        return f.toString();
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
