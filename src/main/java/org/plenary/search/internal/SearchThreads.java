package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.plenary.identity.Reads;
import org.plenary.output.Output;

/**
 * The threads of one search index build: a fixed pool that works beside the calling thread, which works too. What
 * a task reads ({@link Reads}) and writes ({@link Output}) on a pool thread is credited to the calling thread, so
 * the search unit's inputs and files, which the dev server's incremental rebuilds rely on, are exactly those of
 * the same work done on one thread. The calling thread checks for interruption between tasks: an interrupted build
 * stops after the tasks under way and throws {@link CancellationException} (with the thread's interrupt status
 * set), so stopping the dev server never waits for a whole index. Not for use from several calling threads.
 */
public final class SearchThreads implements AutoCloseable {
    private final ExecutorService pool;
    private final int size;
    private volatile boolean stopped;

    /** @param size pool threads besides the calling one (at least 1) */
    public SearchThreads(int size) {
        this.size = Math.max(1, size);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.size, r -> {
            Thread t = new Thread(r, "plenary-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One pool thread per core but one (the calling thread is the last), at least one. */
    public static SearchThreads perCore() {
        return new SearchThreads(Runtime.getRuntime().availableProcessors() - 1);
    }

    /** A result computed on a pool thread, with what it read and wrote there. */
    private record Done<T>(T value, Set<String> reads, Set<String> written) {
        void credit() {
            reads.forEach(Reads::note);
            Output.noteWritten(written);
        }
    }

    private static <T> Done<T> tracked(IntFunction<T> task, int i) {
        List<T> value = new ArrayList<>(1);
        Set<String>[] written = new Set[1];
        Reads.Tracked<Void> t = Reads.during(() -> {
            written[0] = Output.writtenDuring(() -> value.add(task.apply(i)));
            return null;
        });
        return new Done<>(value.get(0), t.reads(), written[0]);
    }

    /**
     * An item computed on a pool thread: its {@link Done} (with what it read and wrote there, to credit to the
     * calling thread), or whatever it threw, kept to be rethrown in item order.
     */
    private static Object onPool(IntFunction<?> task, int i) {
        try {
            return tracked(task, i);
        } catch (Throwable t) {
            return t;
        }
    }

    /** An item computed on the calling thread (its reads and writes are its own already), or what it threw. */
    private static Object onCaller(IntFunction<?> task, int i) {
        try {
            return new Done<>(task.apply(i), Set.of(), Set.of());
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    /** Rethrows an item's failure as it was thrown (a checked one wrapped); does nothing for a result. */
    private static void rethrowFailure(Object r) {
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        if (r instanceof Throwable t) throw new IllegalStateException(t);
    }

    /** Throws {@link CancellationException} if the calling thread was interrupted (keeping its interrupt status). */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("search index build interrupted");
    }

    /** Results of {@code task(0) … task(count - 1)}, in that order, computed on every thread. */
    public <T> List<T> map(int count, IntFunction<T> task) {
        List<T> out = new ArrayList<>(count);
        inOrder(count, Integer.MAX_VALUE, task, out::add);
        return out;
    }

    /**
     * Computes {@code produce(0) … produce(count - 1)} on every thread, at most {@code ahead} items beyond the one
     * to be consumed next (that bounds memory), and hands them to {@code consume} on the calling thread, in order.
     * The calling thread computes items itself while the next one is not ready. {@code produce} must not return null.
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    @SuppressWarnings("unchecked")
    public <T> void inOrder(int count, int ahead, IntFunction<T> produce, Consumer<T> consume) {
        if (stopped) throw new IllegalStateException("search threads closed");
        Object lock = new Object();
        Object[] ready = new Object[count];
        int[] claimed = {0};
        int[] consumed = {0};
        boolean[] stop = {false};
        List<Future<?>> workers = new ArrayList<>();
        boolean[] started = new boolean[Math.min(size, count)];
        for (int w = 0; w < started.length; w++) {
            int me = w;
            workers.add(pool.submit(() -> {
                synchronized (lock) {
                    started[me] = true;
                }
                while (true) {
                    int i;
                    synchronized (lock) {
                        while (!stop[0] && claimed[0] < count && claimed[0] - consumed[0] >= ahead) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        if (stop[0] || claimed[0] >= count) return;
                        i = claimed[0]++;
                    }
                    Object r = onPool(produce, i);
                    synchronized (lock) {
                        ready[i] = r;
                        lock.notifyAll();
                    }
                }
            }));
        }
        try {
            for (int i = 0; i < count; i++) {
                Object r;
                while (true) {
                    checkInterrupted();
                    int mine = -1;
                    synchronized (lock) {
                        if (ready[i] != null) {
                            r = ready[i];
                            ready[i] = null;
                            consumed[0] = i + 1;
                            lock.notifyAll();
                            break;
                        }
                        if (claimed[0] < count && claimed[0] - consumed[0] < ahead) {
                            mine = claimed[0]++;
                        } else {
                            try {
                                lock.wait(50); // item i is under way on a pool thread; wake up to check interruption
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }
                    if (mine >= 0) {
                        Object v = onCaller(produce, mine);
                        synchronized (lock) {
                            ready[mine] = v;
                            lock.notifyAll();
                        }
                    }
                }
                rethrowFailure(r);
                Done<T> d = (Done<T>) r;
                d.credit();
                consume.accept(d.value());
            }
        } finally {
            List<Future<?>> running = new ArrayList<>();
            synchronized (lock) {
                stop[0] = true;
                lock.notifyAll();
                // A worker still queued (behind a task of start) will find nothing to do: it is not waited for.
                for (int w = 0; w < workers.size(); w++) {
                    if (started[w]) running.add(workers.get(w));
                    else workers.get(w).cancel(false);
                }
            }
            for (Future<?> f : running) { // they finish the item under way, if any: nothing runs on after a return
                boolean interrupted = false;
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        break;
                    }
                }
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    /** A parallel map started with {@link #startMap}: its items, taken one at a time by whoever is free. */
    public static final class Batch<T> {
        private final IntFunction<T> task;
        private final Object[] done;
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private final List<Future<?>> workers = new ArrayList<>();
        private final List<Boolean> started = new ArrayList<>();
        private volatile boolean abandoned;

        private Batch(IntFunction<T> task, int count) {
            this.task = task;
            this.done = new Object[count];
        }

        /** The next item nobody has taken yet, or -1. */
        private int claim() {
            if (abandoned) return -1;
            int i = next.getAndIncrement();
            return i < done.length ? i : -1;
        }
    }

    /**
     * Starts {@code task(0) … task(count - 1)} on the pool threads, which take the items one at a time, while the
     * calling thread goes on with other work (for example, writing files while the calling thread flushes an
     * index); {@link #join(Batch)} then has the calling thread take the items nobody has started, and gives the
     * results in item order. {@code task} must not return null.
     */
    public <T> Batch<T> startMap(int count, IntFunction<T> task) {
        if (stopped) throw new IllegalStateException("search threads closed");
        Batch<T> batch = new Batch<>(task, count);
        for (int w = 0; w < Math.min(size, count); w++) {
            int me = w;
            synchronized (batch) {
                batch.started.add(false);
            }
            batch.workers.add(pool.submit(() -> {
                synchronized (batch) {
                    batch.started.set(me, true);
                }
                for (int i = batch.claim(); i >= 0 && !Thread.currentThread().isInterrupted(); i = batch.claim()) {
                    Object r = onPool(task, i);
                    synchronized (batch) {
                        batch.done[i] = r;
                    }
                }
            }));
        }
        return batch;
    }

    /**
     * The results of a {@link #startMap}, in item order: the calling thread computes the items not yet taken, then
     * waits for those under way on pool threads (what they read and wrote is credited to the calling thread);
     * rethrows the first failure, in item order.
     *
     * @throws CancellationException when the calling thread is interrupted meanwhile (the items not yet taken are
     *                               dropped)
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> join(Batch<T> batch) {
        try {
            for (int i = batch.claim(); i >= 0; i = batch.claim()) {
                checkInterrupted();
                Object r = onCaller(batch.task, i);
                synchronized (batch) {
                    batch.done[i] = r;
                }
            }
            List<Future<?>> running = new ArrayList<>();
            synchronized (batch) {
                // A worker still queued behind other tasks of the pool would find nothing left: not waited for.
                for (int w = 0; w < batch.workers.size(); w++) {
                    if (batch.started.get(w)) running.add(batch.workers.get(w));
                    else batch.workers.get(w).cancel(false);
                }
            }
            for (Future<?> f : running) {
                while (true) {
                    checkInterrupted();
                    try {
                        f.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        // an item still under way: check for interruption, then wait again
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                        break; // the worker records its items' failures; a cancelled worker took none
                    }
                }
            }
        } finally {
            batch.abandoned = true; // after a failure or an interruption, pool threads take no more items
        }
        List<T> out = new ArrayList<>(batch.done.length);
        synchronized (batch) {
            for (Object r : batch.done) {
                rethrowFailure(r);
                if (r == null) throw new CancellationException("search index build interrupted");
            }
            for (Object r : batch.done) {
                Done<T> d = (Done<T>) r;
                d.credit();
                out.add(d.value());
            }
        }
        return out;
    }

    /** A task started with {@link #start}. */
    public static final class Pending<T> {
        private final Future<Done<T>> future;

        private Pending(Future<Done<T>> future) {
            this.future = future;
        }
    }

    /**
     * Starts {@code task} on a pool thread, ahead of work given later (which it delays on that thread only: the
     * calling thread and the other pool threads take that work meanwhile). {@link #join} gives its result.
     */
    public <T> Pending<T> start(java.util.function.Supplier<T> task) {
        if (stopped) throw new IllegalStateException("search threads closed");
        return new Pending<>(pool.submit(() -> tracked(i -> task.get(), 0)));
    }

    /**
     * Waits for a task of {@link #start} and returns its result (what it read and wrote is credited to the calling
     * thread); rethrows its failure.
     *
     * @throws CancellationException when the calling thread is interrupted meanwhile
     */
    public <T> T join(Pending<T> pending) {
        while (true) {
            checkInterrupted();
            try {
                Done<T> d = pending.future.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                d.credit();
                return d.value();
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: check for interruption, then wait again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                rethrowFailure(e.getCause());
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Interrupts what still runs (after a failure or an interruption; normally nothing does) and waits a little for
     * it to stop: tasks check for interruption between pieces of work.
     */
    @Override
    public void close() {
        stopped = true;
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
