package org.plenary.identity;

import java.util.Set;
import java.util.HashSet;
import java.util.function.Supplier;

/**
 * Records which inputs a piece of work read, so that a later change to an input says which outputs to redo (the
 * dependency graph of incremental builds; Hugo calls these identities). Readers of inputs —
 * {@code PublicView}, {@code Tallies}, {@code Content} — call {@link #note} with the {@link Identity} of what they
 * hand out; {@link #during} collects those notes for one unit of work (one page) on the current thread.
 *
 * <p>Outside {@link #during} a note costs one thread-local look-up and is dropped. Nested scopes are not
 * supported: a page is the unit.
 */
public final class Reads {
    private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

    private Reads() {
    }

    /** Notes that the current unit of work read the input named {@code identity} (see {@link Identity}). */
    public static void note(String identity) {
        Set<String> s = CURRENT.get();
        if (s != null) s.add(identity);
    }

    /** What a piece of work produced, with the identities of every input it read (an unordered set). */
    public record Tracked<T>(T value, Set<String> reads) {
    }

    /** Runs {@code work} on this thread and returns its result with the identities it read. */
    public static <T> Tracked<T> during(Supplier<T> work) {
        Set<String> previous = CURRENT.get();
        if (previous != null) throw new IllegalStateException("Reads.during does not nest");
        // A page notes the same few identities hundreds of times (every interface string it shows): a hash set
        // finds them by their cached hash, where a sorted one compared characters at every level.
        Set<String> reads = new HashSet<>();
        CURRENT.set(reads);
        try {
            T value = work.get();
            return new Tracked<>(value, Set.copyOf(reads));
        } finally {
            CURRENT.remove();
        }
    }
}
