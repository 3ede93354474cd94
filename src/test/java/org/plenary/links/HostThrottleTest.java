package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

    @Test
    void requestStartsToOneHostAreSpacedAndOtherHostsAreNot() throws Exception {
        HostThrottle throttle = new HostThrottle(4, Duration.ofMillis(25));
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                fs.add(pool.submit(() -> {
                    throttle.pace("a.example");
                    starts.add(System.nanoTime());
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        // Wake-ups may come late, never early: the k-th request cannot start before k intervals have passed.
        for (int k = 0; k < sorted.size(); k++) {
            long after = (sorted.get(k) - t0) / 1_000_000;
            assertTrue(after >= 25L * k, "request " + k + " started after " + after + " ms");
        }
        long t = System.nanoTime();
        throttle.pace("b.example");
        assertTrue((System.nanoTime() - t) / 1_000_000 < 20, "another host is not held up");
    }

    @Test
    void holdOffDelaysTheNextRequest() throws InterruptedException {
        HostThrottle throttle = new HostThrottle(1, Duration.ZERO);
        throttle.holdOff("a.example", Duration.ofMillis(60));
        long t = System.nanoTime();
        throttle.pace("a.example");
        assertTrue((System.nanoTime() - t) / 1_000_000 >= 55);
    }

    @Test
    void slotsLimitConcurrencyPerHost() throws Exception {
        HostThrottle throttle = new HostThrottle(2, Duration.ZERO);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                fs.add(pool.submit(() -> {
                    HostThrottle.Slot slot = throttle.slot("a.example");
                    try {
                        max.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(15);
                        inside.decrementAndGet();
                    } finally {
                        slot.close();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, max.get());
    }
}
