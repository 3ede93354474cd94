package org.plenary.links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two threads add different strings with one hash to a {@link SharedStrings} at the same moment, round after round,
 * and count the lookups that gave back a string other than their own; prints {@code wrong: N}. Run in a JVM of its
 * own by {@code SharedStringsTest} in the interpreter, where the race it looks for shows (C2 happens to hide it).
 *
 * <p>Argument: the number of rounds.
 */
public final class SharedStringsRace {
    private SharedStringsRace() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int threads = 2;
        CyclicBarrier start = new CyclicBarrier(threads);
        SharedStrings strings = new SharedStrings(1 << 16);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int me = t;
                futures.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int r = 0; r < rounds; r++) {
                        // "Aa" and "BB" hash alike: a round's strings share one hash, one shard and one first slot.
                        String[] mine = new String[8];
                        for (int k = 0; k < mine.length; k++) {
                            int bits = me * mine.length + k;
                            StringBuilder text = new StringBuilder("../r").append(r).append('/');
                            for (int b = 0; b < 4; b++) text.append((bits >> b & 1) == 0 ? "Aa" : "BB");
                            mine[k] = text.toString();
                        }
                        start.await();
                        for (String text : mine) {
                            byte[] c = text.getBytes(StandardCharsets.UTF_8);
                            if (!strings.intern(c, 0, c.length).equals(text)) wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            int wrong = 0;
            for (Future<Integer> f : futures) wrong += f.get();
            System.out.println("wrong: " + wrong);
        } finally {
            pool.shutdownNow();
        }
    }
}
