package org.plenary.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;

/**
 * Remembers what reading each input file gave — the parsed YAML of a registry file, the rendered HTML of a Markdown
 * file — with the problems found in it and the SHA-256 of the bytes it was read from, so that a rebuild reads again
 * only the files whose content changed. The dev server keeps one across rebuilds and {@link #refresh}es each path
 * its watcher reports; a build uses {@link #NONE}, which reads every time.
 *
 * <p>What is remembered must depend on nothing but the file's bytes, its path and the context given with it (never
 * on other files or the community), so that it is still right when anything else changes. Thread-safe.
 */
public class SourceCache {
    /** Reads every time and remembers nothing. */
    public static final SourceCache NONE = new SourceCache() {
        @Override
        public <T> T read(Path file, String context, Diagnostics diag, Function<Diagnostics, T> reader) {
            return reader.apply(diag);
        }

        @Override
        public List<Path> list(Path folder, Diagnostics diag, Function<Diagnostics, List<Path>> lister) {
            return lister.apply(diag);
        }
    };

    /** @param hash SHA-256 of the bytes when they were read; null when the file could not be read */
    private record Entry(String context, byte[] hash, Object value, List<Diagnostic> problems) {
    }

    private final Map<Path, Entry> entries = new HashMap<>();
    private record Listing(List<Path> files, List<Diagnostic> problems) {
    }

    private final Map<Path, Listing> listings = new HashMap<>();

    /**
     * What {@code reader} gave for {@code file} the last time, or its answer now when the file is new to the cache or
     * changed since. Either way the problems it reported are added to {@code diag}.
     *
     * @param reader reads and parses the file, reporting problems to the diagnostics it is given; may return null
     *               (an unreadable file), which is remembered too
     */
    public <T> T read(Path file, Diagnostics diag, Function<Diagnostics, T> reader) {
        return read(file, "", diag, reader);
    }

    /**
     * Like {@link #read(Path, Diagnostics, Function)} for a reading that also depends on {@code context} (say, the
     * page a Markdown file is rendered for): what was read in another context is read again.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Path file, String context, Diagnostics diag, Function<Diagnostics, T> reader) {
        Path key = key(file);
        Entry e;
        synchronized (this) {
            e = entries.get(key);
        }
        if (e == null || !e.context().equals(context)) {
            byte[] hash = hash(key); // before reading: a write in between makes the next refresh read it again
            Diagnostics own = new Diagnostics();
            T value = reader.apply(own);
            e = new Entry(context, hash, value, List.copyOf(own.all()));
            synchronized (this) {
                entries.put(key, e);
            }
        }
        for (Diagnostic d : e.problems()) diag.add(d);
        return (T) e.value();
    }

    /**
     * The files of a folder as {@code lister} listed them the last time (walking a large folder, with the checks on
     * each file, costs more than reading the few files that changed), or as it lists them now when the folder is new
     * to the cache or a file was created or deleted under it since ({@link #forgetListings}). The problems it
     * reported are added to {@code diag} either way.
     */
    public List<Path> list(Path folder, Diagnostics diag, Function<Diagnostics, List<Path>> lister) {
        Path key = key(folder);
        Listing l;
        synchronized (this) {
            l = listings.get(key);
        }
        if (l == null) {
            Diagnostics own = new Diagnostics();
            l = new Listing(List.copyOf(lister.apply(own)), List.copyOf(own.all()));
            synchronized (this) {
                listings.put(key, l);
            }
        }
        for (Diagnostic d : l.problems()) diag.add(d);
        return l.files();
    }

    /** Forgets the listings that {@code path} (created, deleted or renamed, a file or a folder) can change. */
    public synchronized void forgetListings(Path path) {
        Path p = key(path);
        listings.keySet().removeIf(folder -> p.startsWith(folder) || folder.startsWith(p));
    }

    /**
     * Forgets what was read from {@code path} (and from every file under it, when it is or was a folder) if its
     * content changed since: a different SHA-256, or no longer readable. A file saved unchanged stays remembered.
     *
     * @return whether anything remembered changed
     */
    public synchronized boolean refresh(Path path) {
        Path prefix = key(path);
        boolean changed = false;
        for (Iterator<Map.Entry<Path, Entry>> i = entries.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<Path, Entry> e = i.next();
            if (!e.getKey().startsWith(prefix)) continue;
            byte[] now = hash(e.getKey());
            if (now == null || !Arrays.equals(now, e.getValue().hash())) {
                i.remove();
                changed = true;
            }
        }
        return changed;
    }

    /** Whether anything read from {@code path} (or from under it, for a folder) is remembered. */
    public synchronized boolean remembers(Path path) {
        Path prefix = key(path);
        for (Path p : entries.keySet()) if (p.startsWith(prefix)) return true;
        return false;
    }

    /** Forgets everything (e.g. after the file watcher lost events). */
    public synchronized void clear() {
        entries.clear();
        listings.clear();
    }

    /** How many files are remembered. */
    public synchronized int size() {
        return entries.size();
    }

    /** Loaders and the watcher give absolute, normalized paths already; normalizing each again costs on large sites. */
    private static Path key(Path p) {
        return p.isAbsolute() ? p : p.toAbsolutePath().normalize();
    }

    private static byte[] hash(Path file) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
