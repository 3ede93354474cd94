package org.plenary.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.plenary.build.BuildProgress;

/**
 * Shows how a build is going on standard error, once it has run for {@link #QUIET_NS} (a short build shows nothing):
 * on a terminal, one line redrawn in place with a bar for the phase's units; elsewhere (a CI log, a pipe), a plain line
 * when a phase ends and every ten seconds during a long one. Drawing runs on its own daemon thread at a fixed rate,
 * so the build's threads only bump a counter.
 */
final class TerminalProgress implements BuildProgress {
    /** Builds shorter than this show no progress. */
    static final long QUIET_NS = 2_000_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean tty;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private final AtomicLong done = new AtomicLong();
    private volatile String phase = "";
    private volatile String what = "";
    private volatile long total = -1;
    private volatile long phaseStart = System.nanoTime();
    private long lastPlain;
    private boolean drawn;

    /** @param tty whether standard error is a terminal (a line can be redrawn in place) */
    TerminalProgress(PrintWriter err, boolean tty) {
        this.err = err;
        this.tty = tty;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plenary-progress");
            t.setDaemon(true);
            return t;
        });
        long period = tty ? 100 : 1000;
        ticker.scheduleAtFixedRate(this::tick, QUIET_NS / 1_000_000, period, TimeUnit.MILLISECONDS);
    }

    /** Whether this process's standard error is probably a terminal: Java can only ask about the console. */
    static boolean stderrIsTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void begin(String phase, long total, String what) {
        this.phase = phase;
        this.what = what;
        this.total = total;
        this.done.set(0);
        this.phaseStart = System.nanoTime();
    }

    @Override
    public void advance(long n) {
        done.addAndGet(n);
    }

    @Override
    public void end(String phase) {
        if (tty || System.nanoTime() - start < QUIET_NS) return;
        long units = total;
        String line = String.format(Locale.ROOT, "plenary: %s done%s in %.1f s", phase,
                units >= 0 ? String.format(Locale.ROOT, ": %,d %s", units, what) : "", (System.nanoTime() - phaseStart) / 1e9);
        synchronized (this) {
            err.println(line);
            err.flush();
        }
    }

    private synchronized void tick() {
        long now = System.nanoTime();
        long n = done.get();
        long t = total;
        String p = phase;
        if (tty) {
            StringBuilder b = new StringBuilder("\r").append(String.format(Locale.ROOT, "%-8s ", p));
            if (t > 0) {
                int filled = (int) Math.min(BAR, BAR * n / t);
                b.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                        .append(String.format(Locale.ROOT, "%,d/%,d %s", n, t, what));
            }
            b.append(String.format(Locale.ROOT, "  %.1f s", (now - start) / 1e9)).append("\u001b[K");
            err.print(b);
            err.flush();
            drawn = true;
        } else if (t > 0 && now - phaseStart > 10_000_000_000L && now - lastPlain > 10_000_000_000L) {
            lastPlain = now;
            err.println(String.format(Locale.ROOT, "plenary: %s: %,d of %,d %s", p, n, t, what));
            err.flush();
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
