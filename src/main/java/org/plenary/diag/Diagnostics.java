package org.plenary.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run so they can all be reported at once, instead of stopping at the first.
 * Not thread-safe on purpose: each stage reports from one thread.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void error(Location at, String code, String message) {
        items.add(new Diagnostic(at, Severity.ERROR, code, message));
    }

    public void warning(Location at, String code, String message) {
        items.add(new Diagnostic(at, Severity.WARNING, code, message));
    }

    public void add(Diagnostic d) {
        items.add(d);
    }

    /**
     * Runs {@code work} on every item, in parallel, each with diagnostics of its own; then adds their problems here,
     * in the order of the items, so the messages and the results do not depend on how the threads ran. For stages
     * whose items (files) are read independently of each other.
     *
     * @return the results, in the order of the items (null where {@code work} returned null)
     */
    public <T, R> List<R> eachInParallel(List<T> items, java.util.function.BiFunction<T, Diagnostics, R> work) {
        record Done<R>(R value, Diagnostics problems) {
        }
        List<Done<R>> done = items.parallelStream().map(item -> {
            Diagnostics own = new Diagnostics();
            return new Done<>(work.apply(item, own), own);
        }).toList();
        List<R> out = new ArrayList<>(done.size());
        for (Done<R> d : done) {
            this.items.addAll(d.problems().items);
            out.add(d.value());
        }
        return out;
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    /** Under --strict a warning fails the build like an error. */
    public void promoteWarnings() {
        items.replaceAll(d -> d.withSeverity(Severity.ERROR));
    }

    /** Sorted by file, line, column so output is stable and reads top to bottom. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.location().file())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column())
                .thenComparing(Diagnostic::message));
        return copy;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
