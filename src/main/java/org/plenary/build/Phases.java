package org.plenary.build;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The named phases of one build, in the order they ran — {@code load}, {@code model}, {@code rules},
 * {@code content}, {@code stage}, {@code plan}, {@code render}, {@code search}, {@code links}, {@code publish} (Hugo's build
 * report works the same way) — each timed in wall-clock and process CPU time, and announced to a
 * {@link BuildProgress} so a terminal can show how far the build is. Not thread-safe: the build's main thread
 * runs the phases; only {@link #advance} may be called from worker threads.
 */
public final class Phases {

    /**
     * One finished phase.
     *
     * @param name    the phase's name
     * @param wallNs  wall-clock time, nanoseconds
     * @param cpuNs   CPU time of the whole process during the phase (every thread, JIT and GC included), nanoseconds;
     *                -1 when the JVM cannot tell
     * @param units   how many things it handled ({@code what}), or -1
     * @param what    what {@code units} counts ("pages", "files", "links"), or ""
     * @param during  the phase this one ran alongside, on threads of its own (its wall time is inside that phase's,
     *                and its CPU time is counted in that phase's, so {@code cpuNs} is -1), or null
     */
    public record Phase(String name, long wallNs, long cpuNs, long units, String what, String during) {
        public Phase(String name, long wallNs, long cpuNs, long units, String what) {
            this(name, wallNs, cpuNs, units, what, null);
        }
    }

    /**
     * A phase running on a thread of its own while the main thread runs another: see {@link #alongside}.
     *
     * @param <T> what its work returns
     */
    public final class Alongside<T> {
        private final String name;
        private final Thread thread;
        private final long startNs = System.nanoTime();
        private volatile long endNs;
        private volatile T result;
        private volatile Throwable failure;

        private Alongside(String name, Supplier<T> work) {
            this.name = name;
            this.thread = new Thread(() -> {
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    endNs = System.nanoTime();
                }
            }, "plenary-" + name);
            thread.setDaemon(true);
        }

        /**
         * Waits for the work and records the phase as having run during {@code during} (the phase the main thread
         * ran meanwhile, already finished).
         *
         * @return what the work returned
         * @throws RuntimeException or {@link Error}: what the work threw
         */
        public T join(String during) {
            await();
            done.add(new Phase(name, endNs - startNs, -1, -1, "", during));
            if (failure instanceof RuntimeException r) throw r;
            if (failure instanceof Error e) throw e;
            return result;
        }

        /** What the work returned, once it has ended ({@link #await}); null when it failed or has not ended. */
        public T resultOrNull() {
            return endNs == 0 ? null : result;
        }

        /** Interrupts the work (long work checks for it and stops) and waits for it to end; records nothing. */
        public void cancel() {
            thread.interrupt();
            await();
        }

        /**
         * Waits for the work to end, without recording the phase: called inside the phase it runs alongside, so that
         * phase lasts until both are done.
         */
        public void await() {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    thread.interrupt();
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS = operatingSystem();

    private final BuildProgress progress;
    private final List<Phase> done = new ArrayList<>();
    private final long start = System.nanoTime();

    /** Phases that nobody watches (tests, {@code validate}). */
    public Phases() {
        this(BuildProgress.NONE);
    }

    public Phases(BuildProgress progress) {
        this.progress = progress;
    }

    /** Runs one phase that handles no countable units. */
    public <T> T run(String name, Supplier<T> work) {
        return run(name, -1, "", work);
    }

    /**
     * Runs one phase.
     *
     * @param total how many units the phase will handle (for a progress bar), or -1 when unknown
     * @param what  what the units are ("pages")
     */
    public <T> T run(String name, long total, String what, Supplier<T> work) {
        long wall = System.nanoTime();
        long cpu = cpu();
        progress.begin(name, total, what);
        try {
            return work.get();
        } finally {
            long cpuNow = cpu();
            Phase p = new Phase(name, System.nanoTime() - wall, cpu < 0 || cpuNow < 0 ? -1 : cpuNow - cpu, total, what);
            Phase last = done.isEmpty() ? null : done.get(done.size() - 1);
            if (last != null && last.name().equals(name)) { // a stage run in steps is one phase
                done.set(done.size() - 1, new Phase(name, last.wallNs() + p.wallNs(),
                        last.cpuNs() < 0 || p.cpuNs() < 0 ? -1 : last.cpuNs() + p.cpuNs(), last.units(), last.what()));
            } else {
                done.add(p);
            }
            progress.end(name);
        }
    }

    /**
     * Starts a phase on a thread of its own, to run while the main thread runs other phases: work that reads only
     * what earlier phases made and that no phase running meanwhile reads (the search indexes, built from the
     * registry and the content, beside the rendering of the pages). On two cores the two share the processors: each
     * fills the other's idle moments (the tail of a pool of units, the garbage collector's single-threaded pauses).
     * Not shown by the progress display. The caller must {@link Alongside#join} or {@link Alongside#cancel} it.
     */
    public <T> Alongside<T> alongside(String name, Supplier<T> work) {
        Alongside<T> a = new Alongside<>(name, work);
        a.thread.start();
        return a;
    }

    /** Runs one phase that returns nothing. */
    public void run(String name, Runnable work) {
        run(name, () -> {
            work.run();
            return null;
        });
    }

    /** {@code n} more units of the running phase are done; any thread. */
    public void advance(long n) {
        progress.advance(n);
    }

    /** The phases finished so far, in order. */
    public List<Phase> finished() {
        return List.copyOf(done);
    }

    /** Nanoseconds since these phases were created (the build's start). */
    public long elapsedNs() {
        return System.nanoTime() - start;
    }

    private static long cpu() {
        return OS == null ? -1 : OS.getProcessCpuTime();
    }

    private static com.sun.management.OperatingSystemMXBean operatingSystem() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
