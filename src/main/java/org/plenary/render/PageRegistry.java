package org.plenary.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.plenary.identity.Reads;
import org.plenary.output.Output;

/**
 * Every output unit of a site, known before anything is rendered: its site path, its language, its kind, and how
 * to write it. A unit is usually one page ({@code /en/members/amina-diallo/}); a few write several files (the
 * assets under {@code /assets/}, the open data under {@code /data/}).
 *
 * <p>Planning is cheap (no rendering); {@link #render} then writes the chosen units in parallel and records,
 * for each, the identities of the inputs it read ({@link Reads}) — the dependency graph that incremental
 * rebuilds use to redo only the units an edit affects. So that the record is complete, a writer looks up what it
 * shows when it runs (by id, through the public view) rather than using objects captured while planning. The sitemap and the search documents read the plan, so
 * they list exactly the pages that exist.
 */
public final class PageRegistry {

    /**
     * One output unit.
     *
     * @param path   site-absolute path; pages end in "/" (written as {@code index.html}), other files do not
     * @param lang   language code, or "" for language-independent units (assets, open data, sitemap)
     * @param kind   what it is: {@code home}, {@code page}, {@code members}, {@code member}, {@code travel},
     *               {@code meeting}, {@code programme}, {@code advice}, {@code statement}, {@code feed},
     *               {@code draws}, {@code draw}, {@code metrics}, {@code root}, {@code 404}, {@code robots},
     *               {@code assets}, {@code data}, {@code sitemap} (and what later stages register)
     * @param page   whether it is an HTML page a reader can land on (listed in the sitemap)
     * @param writer writes the unit's file(s) through the site's {@code Output}
     */
    public record Unit(String path, String lang, String kind, boolean page, Runnable writer) {
    }

    private final Map<String, Unit> units = new TreeMap<>();
    private final Map<String, Set<String>> reads = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> files = new ConcurrentHashMap<>();

    /** Registers a unit; one path, one unit. */
    public void add(Unit unit) {
        Unit other = units.putIfAbsent(unit.path(), unit);
        if (other != null) throw new IllegalStateException("two output units for " + unit.path() + ": " + other.kind() + " and " + unit.kind());
    }

    void page(String path, String lang, String kind, Runnable writer) {
        add(new Unit(path, lang, kind, true, writer));
    }

    void file(String path, String lang, String kind, Runnable writer) {
        add(new Unit(path, lang, kind, false, writer));
    }

    /** Every unit, by path. */
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public Unit unit(String path) {
        return units.get(path);
    }

    /** The HTML pages, by path. */
    public List<Unit> pages() {
        List<Unit> out = new ArrayList<>();
        for (Unit u : units.values()) if (u.page()) out.add(u);
        return out;
    }

    /**
     * Writes the units {@code which} accepts, in parallel on {@code threads} threads, recording what each read.
     * Units start in plan order, except that units reading the plan itself (the sitemap: one long unit, which lists
     * every planned page and needs nothing rendered) start first, so that no single unit is left running alone at
     * the end while the other threads wait.
     *
     * @throws RuntimeException whatever a unit's writer threw (the first one)
     */
    public void render(Predicate<Unit> which, int threads) {
        render(which, threads, () -> {
        });
    }

    /** The same, calling {@code done} (from any thread) after each unit, for a progress display. */
    public void render(Predicate<Unit> which, int threads, Runnable done) {
        List<Unit> order = new ArrayList<>();
        for (Unit u : units.values()) if (which.test(u) && readsPlan(u)) order.add(u);
        for (Unit u : units.values()) if (which.test(u) && !readsPlan(u)) order.add(u);
        run(order, threads, done);
    }

    /**
     * Whether a unit lists the plan itself (the sitemap), so it must be written again whenever the set of pages
     * changes, whatever else it read.
     */
    public static boolean readsPlan(Unit u) {
        return u.kind().equals("sitemap");
    }

    /**
     * Runs the units, each thread taking the next one in list order when it is free, and returns only when none is
     * running any more, so that a failure never leaves a writer still writing into a folder the caller is about to
     * discard. After the first failure the remaining units are skipped; that failure is rethrown.
     */
    private void run(List<Unit> list, int threads, Runnable done) {
        if (list.isEmpty()) return;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger next = new AtomicInteger();
        // Set when the caller is interrupted: each thread ends its unit under way and takes no other.
        AtomicBoolean stopped = new AtomicBoolean();
        int workers = Math.max(1, Math.min(threads, list.size()));
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            List<ForkJoinTask<?>> tasks = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                tasks.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < list.size() && failure.get() == null && !stopped.get();
                         i = next.getAndIncrement()) {
                        Unit u = list.get(i);
                        try {
                            List<Reads.Tracked<Void>> t = new ArrayList<>(1);
                            Set<String> written = Output.writtenDuring(() -> t.add(Reads.during(() -> {
                                u.writer().run();
                                return null;
                            })));
                            reads.put(u.path(), t.get(0).reads());
                            files.put(u.path(), written);
                            done.run();
                        } catch (RuntimeException | Error e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                }));
            }
            for (ForkJoinTask<?> task : tasks) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.set(true);
            pool.shutdownNow(); // interrupts the units under way: long ones (the search index) check and stop
            throw new IllegalStateException("rendering interrupted", e);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } finally {
            pool.shutdown();
            // Also when interrupted (the caller then discards the folder the units write into): waits for the units
            // under way to end, keeping the interrupt for the caller.
            boolean interrupted = Thread.interrupted();
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IllegalStateException(t);
    }

    /** The files each rendered unit wrote (relative to the output folder, sorted), by unit path. */
    public Map<String, Set<String>> files() {
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The identities each rendered unit read, by path (see {@link org.plenary.identity.Identity}). */
    public Map<String, Set<String>> dependencies() {
        return Collections.unmodifiableMap(new TreeMap<>(reads));
    }
}
