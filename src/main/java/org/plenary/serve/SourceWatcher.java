package org.plenary.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a site's input folders recursively and hands over the changed paths in batches: an editor's save is
 * often several events (write a temporary file, rename it over the old one, change attributes), and a
 * {@code git checkout} is hundreds, so events are collected until none has come for {@link #QUIET_MS} (at most
 * {@link #MAX_WAIT_MS} after the first) and then handed over at once.
 *
 * <p>Uses {@code io.methvin:directory-watcher} rather than the JDK's {@code WatchService} directly: the JDK service
 * watches one folder, not a tree, so folders created later (a new {@code content/advice/<id>/}) would have to be
 * registered by hand, racing the files written into them; the library does that registration, reports the files
 * found in a new folder, and uses the native FSEvents API on macOS where the JDK only polls. File hashing is off:
 * the rebuild compares what it reads itself, and hashing would read every input file at start.
 */
final class SourceWatcher implements AutoCloseable {
    /** Quiet time that ends a batch of events. */
    static final long QUIET_MS = 30;
    /** Longest wait after the first event of a batch. */
    static final long MAX_WAIT_MS = 300;

    /** Receives one batch: the paths (absolute) that were created, modified or deleted. */
    interface Batch {
        /** @param lostEvents the operating system dropped events (overflow): anything may have changed */
        void changed(Set<Path> paths, boolean lostEvents);
    }

    private final List<Path> folders;
    /** One watcher per watched folder that exists; a folder created later is watched from then on. */
    private final Map<Path, DirectoryWatcher> watchers = new ConcurrentHashMap<>();
    private final Thread batcher;
    private final Thread poller;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean overflow;
    private long firstNanos;
    private long lastNanos;
    private volatile boolean closed;

    /**
     * Starts watching those of {@code folders} that exist, and looks once a second for those that do not (a site
     * that gets its own {@code templates/} while being served). Changes made from now on are reported, including
     * those made while a first build is still running.
     */
    SourceWatcher(List<Path> folders, Batch batch) throws IOException {
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        for (Path f : this.folders) if (Files.isDirectory(f)) watch(f);
        this.batcher = new Thread(() -> deliver(batch), "plenary-rebuild");
        this.batcher.setDaemon(true);
        this.batcher.start();
        this.poller = new Thread(this::poll, "plenary-watch-folders");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    private void watch(Path folder) throws IOException {
        DirectoryWatcher w = DirectoryWatcher.builder()
                .path(folder)
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(this::onEvent)
                .build();
        // watchAsync registers the folder before it returns, so no change made after this is missed.
        var running = w.watchAsync(loop -> {
            Thread t = new Thread(loop, "plenary-watch");
            t.setDaemon(true);
            t.start();
        });
        if (running.isCompletedExceptionally()) {
            try {
                running.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new IOException("cannot watch " + folder + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
        watchers.put(folder, w);
    }

    /** Watches folders that appear, forgets those that disappear; either way their whole tree counts as changed. */
    private void poll() {
        while (!closed) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            for (Path f : folders) {
                if (closed) return;
                boolean exists = Files.isDirectory(f);
                if (exists == watchers.containsKey(f)) continue;
                try {
                    if (exists) {
                        watch(f);
                    } else {
                        DirectoryWatcher gone = watchers.remove(f);
                        if (gone != null) gone.close();
                    }
                } catch (IOException | RuntimeException e) {
                    continue; // try again on the next round
                }
                report(f);
            }
        }
    }

    private void onEvent(DirectoryChangeEvent e) {
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) report(null);
        else if (e.path() != null) report(e.path());
    }

    /** Adds a changed path to the current batch; null: events were lost. */
    private void report(Path changed) {
        lock.lock();
        try {
            long now = System.nanoTime();
            if (pending.isEmpty() && !overflow) firstNanos = now;
            lastNanos = now;
            if (changed == null) overflow = true;
            else pending.add(changed);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void deliver(Batch batch) {
        while (!closed) {
            Set<Path> paths;
            boolean lost;
            lock.lock();
            try {
                while (!closed && pending.isEmpty() && !overflow) arrived.await();
                if (closed) return;
                while (true) {
                    long now = System.nanoTime();
                    long quietLeft = lastNanos + TimeUnit.MILLISECONDS.toNanos(QUIET_MS) - now;
                    long maxLeft = firstNanos + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS) - now;
                    long wait = Math.min(quietLeft, maxLeft);
                    if (wait <= 0 || closed) break;
                    arrived.awaitNanos(wait);
                }
                paths = new LinkedHashSet<>(pending);
                lost = overflow;
                pending.clear();
                overflow = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (closed) return;
            batch.changed(paths, lost);
        }
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        poller.interrupt();
        for (DirectoryWatcher w : watchers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                // closing a watch service that already failed: nothing left to release
            }
        }
        watchers.clear();
        try {
            // A rebuild under way (one edit's pages: well under a second on a 21,000-page site) is let finish, so it
            // does not write after close(); the bound only guards against a stuck one (the thread is a daemon).
            batcher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
