package org.plenary.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes generated files under the staging folder, from any number of threads, and counts them. What one piece of
 * work wrote can be collected with {@link #writtenDuring}, so a dev server knows which files an output unit owns
 * (and deletes those a unit no longer writes). Every file of a site goes through here, so a {@link Listener} (the
 * link check) learns each file, with its bytes, as it is written.
 */
public final class Output {
    private static final ThreadLocal<Set<String>> WRITTEN = new ThreadLocal<>();

    /** Told about every file written, on the writing thread, after it is written. Must be thread-safe. */
    public interface Listener {
        /**
         * @param relative site-relative path with forward slashes ({@code en/members/index.html})
         * @param bytes    the file's content
         */
        void written(String relative, byte[] bytes);
    }

    private final Path dir;
    private final Listener listener;
    /** Files and folders the folder held when reused, or null for an empty folder. */
    private final Set<String> existing;
    private final Set<String> existingFolders;
    /** Files written, when reusing: the others are removed at the end. */
    private final Set<String> writtenFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);
    private final Set<String> pages = new ConcurrentSkipListSet<>();
    private final AtomicLong files = new AtomicLong();

    private volatile boolean rootSeen;

    public Output(Path dir) {
        this(dir, null);
    }

    /** @param listener told about every file written, or null */
    public Output(Path dir, Listener listener) {
        this(dir, null, null, listener);
    }

    private Output(Path dir, Set<String> existing, Set<String> existingFolders, Listener listener) {
        this.dir = dir;
        this.listener = listener;
        this.rootSeen = Files.isDirectory(dir);
        this.existing = existing;
        this.existingFolders = existingFolders;
    }

    /**
     * An output into a folder that already holds a site (an earlier build's, reused instead of a new folder): a file
     * it holds is compared with what is written and rewritten only when it differs; a file or folder in the way of a
     * new one is removed; {@link #removeUnwritten} then removes what no unit wrote. The folder ends up exactly as if
     * written from empty, at the cost of reading files instead of creating them.
     *
     * @param files   site-relative paths (forward slashes) of the regular files the folder holds; nothing else in it
     *                may be a symbolic link
     * @param folders site-relative paths of its folders
     */
    public static Output reusing(Path dir, Set<String> files, Set<String> folders, Listener listener) {
        return files.isEmpty() && folders.isEmpty() ? new Output(dir, listener)
                : new Output(dir, Set.copyOf(files), Set.copyOf(folders), listener);
    }

    public Path dir() {
        return dir;
    }

    /**
     * @param sitePath site-absolute path; a path ending in "/" is written as its index.html
     * @param html     the page as UTF-8
     */
    public void page(String sitePath, byte[] html) {
        pages.add(sitePath);
        bytes(SitePaths.file(sitePath), html);
    }

    public void file(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void bytes(String relative, byte[] data) {
        write(relative, data);
    }

    private void write(String relative, byte[] data) {
        Path target = dir.resolve(relative);
        try {
            if (existing == null) {
                createBelowRoot(target.getParent());
                Files.write(target, data);
            } else {
                writeReusing(relative, target, data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        files.incrementAndGet();
        Set<String> written = WRITTEN.get();
        if (written != null) written.add(relative);
        if (listener != null) listener.written(relative, data);
    }

    private void writeReusing(String relative, Path target, byte[] data) throws IOException {
        writtenFiles.add(relative);
        if (existing.contains(relative)) {
            if (!sameBytes(target, data)) {
                Files.write(target, data, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            }
            return;
        }
        // What the earlier site had in the way: a file where a folder is now wanted, a folder where a file is.
        for (int slash = relative.indexOf('/'); slash > 0; slash = relative.indexOf('/', slash + 1)) {
            String ancestor = relative.substring(0, slash);
            if (existing.contains(ancestor)) Files.deleteIfExists(dir.resolve(ancestor));
        }
        if (existingFolders.contains(relative)) deleteTree(target);
        int slash = relative.lastIndexOf('/');
        if (slash > 0 && !existingFolders.contains(relative.substring(0, slash))) createBelowRoot(target.getParent());
        Files.write(target, data, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether a file holds exactly {@code data}: a size check, then one read into a reused buffer. */
    private static boolean sameBytes(Path file, byte[] data) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (ch.size() != data.length) return false;
            byte[] buf = READ_BUFFER.get();
            if (buf.length < data.length) {
                buf = new byte[Math.max(data.length, buf.length * 2)];
                READ_BUFFER.set(buf);
            }
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf, 0, data.length);
            while (bb.hasRemaining()) {
                if (ch.read(bb) < 0) return false;
            }
            return java.util.Arrays.equals(buf, 0, data.length, data, 0, data.length);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    /**
     * When reusing a folder: removes the files no unit wrote, then the folders left without any file. Call once
     * every unit has been written. Does nothing for an output into an empty folder.
     */
    public void removeUnwritten() {
        if (existing == null) return;
        try {
            Set<String> keep = new java.util.HashSet<>();
            for (String f : writtenFiles) {
                for (int slash = f.lastIndexOf('/'); slash > 0; slash = f.lastIndexOf('/', slash - 1)) {
                    if (!keep.add(f.substring(0, slash))) break;
                }
            }
            for (String f : existing) {
                // A file of the earlier site whose path is now a folder of this one was removed when the folder was made.
                if (!writtenFiles.contains(f) && !keep.contains(f)) deleteIfThere(dir.resolve(f));
            }
            java.util.List<String> empty = new java.util.ArrayList<>();
            // A folder of the earlier site whose path is now a file of this one was removed when the file was written.
            for (String d : existingFolders) if (!keep.contains(d) && !writtenFiles.contains(d)) empty.add(d);
            empty.sort(java.util.Comparator.comparingInt(String::length).reversed()); // deepest first
            for (String d : empty) {
                try {
                    deleteIfThere(dir.resolve(d));
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    // holds something written by other means: kept
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove files of an earlier build from " + dir, e);
        }
    }

    /** Deletes a file or empty folder; one already gone with a folder above it that was replaced by a file is fine. */
    private static void deleteIfThere(Path p) throws IOException {
        try {
            Files.deleteIfExists(p);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            throw e;
        } catch (java.nio.file.FileSystemException e) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) throw e;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                Files.deleteIfExists(file);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
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
     * Counts files that work done for the current thread on another thread wrote (collected there with
     * {@link #writtenDuring}) as written by the current thread's work, if that is being collected.
     *
     * @param relative paths relative to the output folder, as {@link #writtenDuring} returns them
     */
    public static void noteWritten(java.util.Collection<String> relative) {
        Set<String> written = WRITTEN.get();
        if (written != null) written.addAll(relative);
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
