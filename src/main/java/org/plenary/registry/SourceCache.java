package org.plenary.registry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;

/**
 * Remembers what reading each input file gave — the parsed YAML of a registry file, the rendered HTML of a Markdown
 * file — with the problems found in it, so that a rebuild reads again only the files that changed. The dev server
 * keeps one across rebuilds and {@link #forget}s each file its watcher reports as created, changed or deleted; a
 * build uses {@link #NONE}, which reads every time.
 *
 * <p>What is remembered must depend on nothing but the file's path and bytes, and the context given with it (never
 * on other files or the community), so that it is still right when anything else changes. Thread-safe.
 */
public class SourceCache {
    /** Reads every time and remembers nothing. */
    public static final SourceCache NONE = new SourceCache() {
        @Override
        public <T> T read(Path file, String context, Diagnostics diag, Function<Diagnostics, T> reader) {
            return reader.apply(diag);
        }
    };

    private record Entry(String context, Object value, List<Diagnostic> problems) {
    }

    private final Map<Path, Entry> entries = new HashMap<>();

    /**
     * What {@code reader} gave for {@code file} the last time, or its answer now when the file is new to the cache or
     * was forgotten since. Either way the problems it reported are added to {@code diag}.
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
            Diagnostics own = new Diagnostics();
            T value = reader.apply(own);
            e = new Entry(context, value, List.copyOf(own.all()));
            synchronized (this) {
                entries.put(key, e);
            }
        }
        for (Diagnostic d : e.problems()) diag.add(d);
        return (T) e.value();
    }

    /**
     * Forgets {@code path}, and everything under it when it is (or was) a folder.
     *
     * @return whether anything was remembered of it (it had been read as an input)
     */
    public synchronized boolean forget(Path path) {
        Path key = key(path);
        return entries.keySet().removeIf(p -> p.startsWith(key));
    }

    /** Forgets everything (e.g. after the file watcher lost events). */
    public synchronized void clear() {
        entries.clear();
    }

    /** How many files are remembered. */
    public synchronized int size() {
        return entries.size();
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
