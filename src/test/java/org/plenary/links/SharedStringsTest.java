package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Equal text gives the one shared instance, whether it comes as a string or as a region of characters; other text never does. */
class SharedStringsTest {

    @Test
    void equalRegionsAndStringsGiveTheSameInstance() {
        SharedStrings strings = new SharedStrings(16);
        String text = "<a href=\"../../members/\">x</a><a href=\"../../members/\">";
        char[] page = text.toCharArray();
        int a = text.indexOf("../");
        int b = text.lastIndexOf("../../");
        String first = strings.intern(page, a, a + 14);
        assertEquals("../../members/", first);
        assertSame(first, strings.intern(page, b, b + 14));
        assertSame(first, strings.intern(new String("../../members/")));
        String fromString = strings.intern(new String("#main"));
        assertSame(fromString, strings.intern("x#main".toCharArray(), 1, 6));
        assertSame(strings.intern(page, 0, 0), strings.intern(""));
        assertEquals(3, strings.size());
    }

    @Test
    void differentTextNeverShares() {
        SharedStrings strings = new SharedStrings(16);
        // "Aa" and "BB" have the same String.hashCode, as do longer strings built from them.
        String[] collide = {"AaAa", "AaBB", "BBAa", "BBBB"};
        List<String> got = new ArrayList<>();
        for (String s : collide) got.add(strings.intern(s.toCharArray(), 0, s.length()));
        for (int i = 0; i < collide.length; i++) {
            assertEquals(collide[i], got.get(i));
            for (int j = 0; j < i; j++) assertNotSame(got.get(i), got.get(j));
            assertSame(got.get(i), strings.intern(new String(collide[i])));
        }
        assertNotSame(strings.intern("ab"), strings.intern("abc".toCharArray(), 0, 3));
        assertEquals("ab", strings.intern("xab".toCharArray(), 1, 3));
    }

    @Test
    void manyStringsFromSeveralThreadsShareOneInstanceEach() throws Exception {
        SharedStrings strings = new SharedStrings(16); // grows many times over
        int n = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<String, String> seen = new ConcurrentHashMap<>();
        try {
            List<Future<Map<String, String>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    Map<String, String> mine = new HashMap<>();
                    for (int k = 0; k < n; k++) {
                        String text = "../../advice/item-" + ((k * 7 + offset * 13) % n) + "/";
                        char[] c = ("  " + text).toCharArray();
                        String s = k % 2 == 0 ? strings.intern(c, 2, c.length) : strings.intern(new String(text));
                        assertEquals(text, s);
                        String before = mine.putIfAbsent(text, s);
                        if (before != null) assertSame(before, s);
                    }
                    return mine;
                }));
            }
            for (Future<Map<String, String>> f : futures) {
                f.get().forEach((text, s) -> {
                    String before = seen.putIfAbsent(text, s);
                    if (before != null) assertSame(before, s, text);
                });
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(n, seen.size());
        assertEquals(n, strings.size());
    }
}
