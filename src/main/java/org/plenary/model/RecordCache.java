package org.plenary.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.plenary.registry.SourceFile;

/**
 * Remembers what the model stage read from each registry file — its typed records, with the problems found and the
 * references collected — so that a rebuild after an edit re-reads the records of the changed files only (a dev
 * server's rebuild; {@link #NONE} for a build, which reads every file once).
 *
 * <p>An entry is reused only for the very same parsed tree ({@link SourceFile#root()}: a
 * {@link org.plenary.registry.SourceCache} hands out the same object while the file's bytes are unchanged) read in an
 * equal context (what the reading takes from {@code site.yaml}: the languages and regions), so what is remembered
 * depends on nothing but the file and that context. Entries of files not read by the last model build are dropped
 * ({@link #sweep}). Thread-safe.
 */
public class RecordCache {
    /** Reads every time and remembers nothing. */
    public static final RecordCache NONE = new RecordCache() {
        @Override
        public <R> R read(SourceFile file, String registry, Object context, Supplier<R> reader) {
            return reader.get();
        }
    };

    private record Entry(Object root, Object context, Object value) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Set<String> read = new HashSet<>();

    /**
     * What {@code reader} gave for {@code file} of {@code registry} the last time, if the file's parsed tree is the
     * same object and {@code context} is equal; else its answer now, remembered.
     *
     * @param context what the reading depends on besides the file (compared with {@link Object#equals})
     * @param reader  reads the file's records; its result must not be changed afterwards
     */
    @SuppressWarnings("unchecked")
    public <R> R read(SourceFile file, String registry, Object context, Supplier<R> reader) {
        String key = registry + "\u0000" + file.path();
        Entry e;
        synchronized (this) {
            read.add(key);
            e = entries.get(key);
        }
        if (e != null && e.root() == file.root() && e.context().equals(context)) return (R) e.value();
        R value = reader.get();
        synchronized (this) {
            entries.put(key, new Entry(file.root(), context, value));
        }
        return value;
    }

    /** Forgets the files not {@link #read} since the last sweep (deleted, or no longer a registry file). */
    public synchronized void sweep() {
        entries.keySet().retainAll(read);
        read.clear();
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        read.clear();
    }

    /** How many files' records are remembered. */
    public synchronized int size() {
        return entries.size();
    }
}
