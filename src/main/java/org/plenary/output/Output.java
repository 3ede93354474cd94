package org.plenary.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes generated files under the staging folder, from any number of threads, and counts them. What one piece of
 * work wrote can be collected with {@link #writtenDuring}, so a dev server knows which files an output unit owns
 * (and deletes those a unit no longer writes). Every file of a site goes through here, so a {@link Listener} (the
 * link check) learns each file, and each page's text, as it is written.
 */
public final class Output {
    private static final ThreadLocal<Set<String>> WRITTEN = new ThreadLocal<>();

    /** Told about every file written, on the writing thread, after it is written. Must be thread-safe. */
    public interface Listener {
        /**
         * @param relative site-relative path with forward slashes ({@code en/members/index.html})
         * @param text     the text written (as UTF-8), or null when the file was written from bytes
         * @param bytes    the file's content
         */
        void written(String relative, String text, byte[] bytes);
    }

    private final Path dir;
    private final Listener listener;
    private final Set<String> pages = new ConcurrentSkipListSet<>();
    private final AtomicLong files = new AtomicLong();

    private volatile boolean rootSeen;

    public Output(Path dir) {
        this(dir, null);
    }

    /** @param listener told about every file written, or null */
    public Output(Path dir, Listener listener) {
        this.dir = dir;
        this.listener = listener;
        this.rootSeen = Files.isDirectory(dir);
    }

    public Path dir() {
        return dir;
    }

    /** @param sitePath site-absolute path; a path ending in "/" is written as its index.html */
    public void page(String sitePath, String html) {
        pages.add(sitePath);
        file(SitePaths.file(sitePath), html);
    }

    public void file(String relative, String text) {
        write(relative, text, text.getBytes(StandardCharsets.UTF_8));
    }

    public void bytes(String relative, byte[] data) {
        write(relative, null, data);
    }

    private void write(String relative, String text, byte[] data) {
        Path target = dir.resolve(relative);
        try {
            createBelowRoot(target.getParent());
            Files.write(target, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        files.incrementAndGet();
        Set<String> written = WRITTEN.get();
        if (written != null) written.add(relative);
        if (listener != null) listener.written(relative, text, data);
    }

    /**
     * Runs {@code work} on this thread and returns the files it wrote through any {@code Output}, as paths relative
     * to the output folder ({@code en/members/index.html}), sorted. Does not nest.
     */
    public static Set<String> writtenDuring(Runnable work) {
        if (WRITTEN.get() != null) throw new IllegalStateException("Output.writtenDuring does not nest");
        Set<String> written = new java.util.TreeSet<>();
        WRITTEN.set(written);
        try {
            work.run();
            return java.util.Collections.unmodifiableSet(written);
        } finally {
            WRITTEN.remove();
        }
    }

    /**
     * Creates the folders between the output folder and {@code folder}, never the output folder itself: once a
     * stopped build's staging folder is removed (SIGTERM), a writer still running fails instead of re-creating it.
     */
    private void createBelowRoot(Path folder) throws IOException {
        if (Files.isDirectory(folder)) return;
        if (!Files.isDirectory(dir)) {
            if (rootSeen) throw new java.nio.file.NoSuchFileException(dir.toString(), null, "output folder is gone");
            Files.createDirectories(dir); // a fresh output folder (the build's staging folder always exists)
        }
        rootSeen = true;
        Path p = dir;
        for (Path part : dir.relativize(folder)) {
            p = p.resolve(part);
            try {
                Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another writer
            }
        }
    }

    /** Site paths of the pages written so far, sorted. */
    public java.util.List<String> pages() {
        return java.util.List.copyOf(pages);
    }

    public long fileCount() {
        return files.get();
    }
}
