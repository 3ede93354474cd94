package org.plenary.links;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code perHost} URLs of one host are being checked at a time, and two requests
 * to one host start at least {@code minInterval} apart. A server that asks us to slow down (429 with
 * {@code Retry-After}) pushes back every later request to it, not only the one that got the answer.
 */
final class HostThrottle {
    private final int perHost;
    private final long intervalNanos;
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();

    private static final class HostState {
        final Semaphore slots;
        long nextStart; // System.nanoTime() before which no request may start; guarded by this

        HostState(int perHost) {
            slots = new Semaphore(perHost, true);
            nextStart = System.nanoTime();
        }
    }

    /** A claimed slot; closing it frees the slot for the next URL of the host. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    HostThrottle(int perHost, Duration minInterval) {
        this.perHost = perHost;
        this.intervalNanos = minInterval.toNanos();
    }

    /** Waits for one of the host's slots. */
    Slot slot(String host) throws InterruptedException {
        HostState s = state(host);
        s.slots.acquire();
        return s.slots::release;
    }

    /** Waits until a request to the host may start, and books the next start one interval later. */
    void pace(String host) throws InterruptedException {
        HostState s = state(host);
        long wait;
        synchronized (s) {
            long now = System.nanoTime();
            long start = Math.max(now, s.nextStart);
            s.nextStart = start + intervalNanos;
            wait = start - now;
        }
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }

    /** No request to the host starts before {@code delay} from now. */
    void holdOff(String host, Duration delay) {
        HostState s = state(host);
        synchronized (s) {
            s.nextStart = Math.max(s.nextStart, System.nanoTime() + delay.toNanos());
        }
    }

    private HostState state(String host) {
        return hosts.computeIfAbsent(host, h -> new HostState(perHost));
    }
}
