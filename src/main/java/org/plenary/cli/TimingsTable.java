package org.plenary.cli;

import java.util.List;
import java.util.Locale;
import org.plenary.build.Phases;

/** The {@code --timings} report: each phase's wall-clock and CPU time, and its share of the whole. */
final class TimingsTable {
    private TimingsTable() {
    }

    /**
     * One line per phase, then the total, e.g. {@code render    2.41 s   4.52 s   61 %   21,525 units}. CPU time is
     * the whole process's (all threads, JIT compiler and garbage collector included), so it can exceed wall time on
     * several cores. A phase that ran alongside others (the search indexes, built while pages render; the staging
     * folder, taken and listed while the inputs are read) shows its own
     * wall time, and no CPU time or share: both are in the other phase's.
     */
    static String format(List<Phases.Phase> phases, long totalMillis) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-9s %9s %9s %6s%n", "phase", "wall", "cpu", "share"));
        long wall = 0;
        long cpu = 0;
        boolean cpuKnown = true;
        for (Phases.Phase p : phases) {
            if (p.during() != null) continue; // its time is inside the phase it ran alongside
            wall += p.wallNs();
            if (p.cpuNs() < 0) cpuKnown = false;
            else cpu += p.cpuNs();
        }
        double total = Math.max(1, totalMillis) * 1e6;
        for (Phases.Phase p : phases) {
            if (p.during() != null) {
                b.append(String.format(Locale.ROOT, "%-9s %7.2f s %9s %6s   alongside %s (its CPU time is counted there)%n",
                        p.name(), p.wallNs() / 1e9, "-", "-", p.during()));
                continue;
            }
            b.append(String.format(Locale.ROOT, "%-9s %7.2f s %9s %5.0f %%", p.name(), p.wallNs() / 1e9, seconds(p.cpuNs()),
                    100 * p.wallNs() / total));
            if (p.units() >= 0) b.append(String.format(Locale.ROOT, "   %,d %s", p.units(), p.what()));
            b.append(System.lineSeparator());
        }
        b.append(String.format(Locale.ROOT, "%-9s %7.2f s %9s%n", "total", totalMillis / 1e3, cpuKnown ? seconds(cpu) : "?"));
        if (totalMillis * 1e6 - wall > 1e7) {
            b.append(String.format(Locale.ROOT, "(%.2f s outside the phases: start-up checks, discarding a failed staging folder)%n",
                    (totalMillis * 1e6 - wall) / 1e9));
        }
        return b.toString();
    }

    private static String seconds(long ns) {
        return ns < 0 ? "?" : String.format(Locale.ROOT, "%.2f s", ns / 1e9);
    }
}
