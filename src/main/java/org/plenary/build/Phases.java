package org.plenary.build;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The named phases of one build, in the order they ran — {@code load}, {@code model}, {@code rules},
 * {@code content}, {@code plan}, {@code render}, {@code search}, {@code links}, {@code publish} (Hugo's build
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
     */
    public record Phase(String name, long wallNs, long cpuNs, long units, String what) {
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
