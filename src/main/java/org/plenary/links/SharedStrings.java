package org.plenary.links;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One copy of each string that a site's pages share: a site's pages repeat the same navigation links, asset URLs and
 * ids, so the parsed pages keep one instance of each, and references can be told apart by identity afterwards.
 *
 * <p>A string can be looked up from a region of UTF-8 bytes (the page the scanner reads), so a reference that is
 * already known costs no new string: the region's {@link String#hashCode} is computed in place (from the UTF-16 units
 * its bytes decode to) and the region compared with the known strings' UTF-8 bytes. Only a new string is made into a
 * {@code String}.
 *
 * <p>Thread-safe. Pages are written on several threads at once: lookups take no lock (an entry is immutable, so one
 * read through a race is complete), and only adding a string locks, and only one of the shards the strings are
 * spread over. A lookup that misses an entry just being added finds it under the lock.
 */
final class SharedStrings {
    private static final int SHARDS = 32; // a power of two
    private final Shard[] shards = new Shard[SHARDS];

    /** A table for about {@code expected} distinct strings (it grows as needed). */
    SharedStrings(int expected) {
        int perShard = Integer.highestOneBit(Math.max(16, expected * 2 / SHARDS - 1) << 1);
        for (int k = 0; k < SHARDS; k++) shards[k] = new Shard(perShard);
    }

    /** The shared instance equal to {@code s} ({@code s} itself when it is the first). */
    String intern(String s) {
        int h = s.hashCode(); // the same hash as intern(byte[], …) computes: a string and a region with equal text agree
        Shard shard = shards[shard(h)];
        Entry e = find(shard.table, h, s, null, 0, 0);
        return e != null ? e.value : shard.add(h, s, null, 0, 0);
    }

    /**
     * The shared instance of the text that the UTF-8 bytes {@code b[from, to)} encode; a new string only when none is
     * known yet. Bytes that are not valid UTF-8 stand for their decoding with replacement characters, as
     * {@code new String(b, from, to - from, UTF_8)} reads them.
     */
    String intern(byte[] b, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            int c = b[k];
            if (c < 0) return internNonAscii(b, from, to); // URLs and ids outside ASCII are rare
            h = 31 * h + c;
        }
        return intern(h, b, from, to);
    }

    private String intern(int h, byte[] b, int from, int to) {
        Shard shard = shards[shard(h)];
        Entry e = find(shard.table, h, null, b, from, to);
        return e != null ? e.value : shard.add(h, null, b, from, to);
    }

    /**
     * A region with bytes outside ASCII: its String.hashCode is that of the UTF-16 units the bytes decode to, computed
     * while decoding them in place. Invalid UTF-8 is looked up as its decoded string (with replacement characters).
     */
    private String internNonAscii(byte[] b, int from, int to) {
        int h = 0;
        int k = from;
        while (k < to) {
            int c = b[k] & 0xFF;
            int cp;
            int len;
            if (c < 0x80) {
                cp = c;
                len = 1;
            } else if (c >= 0xC2 && c <= 0xDF) {
                cp = c & 0x1F;
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                cp = c & 0x0F;
                len = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                cp = c & 0x07;
                len = 4;
            } else {
                return intern(new String(b, from, to - from, StandardCharsets.UTF_8));
            }
            if (k + len > to) return intern(new String(b, from, to - from, StandardCharsets.UTF_8));
            for (int j = 1; j < len; j++) {
                int d = b[k + j] & 0xFF;
                if ((d & 0xC0) != 0x80) return intern(new String(b, from, to - from, StandardCharsets.UTF_8));
                cp = cp << 6 | (d & 0x3F);
            }
            // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
            if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) || len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) {
                return intern(new String(b, from, to - from, StandardCharsets.UTF_8));
            }
            if (cp < 0x10000) {
                h = 31 * h + cp;
            } else {
                h = 31 * h + Character.highSurrogate(cp);
                h = 31 * h + Character.lowSurrogate(cp);
            }
            k += len;
        }
        return intern(h, b, from, to);
    }

    /** How many distinct strings are held. */
    int size() {
        int n = 0;
        for (Shard s : shards) {
            synchronized (s) {
                n += s.size;
            }
        }
        return n;
    }

    private static int mix(int h) {
        return h * 0x9E3779B9; // Fibonacci hashing: similar strings (…-00431-en/, …-00432-en/) spread apart
    }

    private static int shard(int h) {
        return mix(h) >>> (32 - Integer.numberOfTrailingZeros(SHARDS));
    }

    private static int slot(int h) {
        int m = mix(h);
        return m ^ (m >>> 15);
    }

    /**
     * The entry equal to {@code s} (or, when {@code s} is null, to the region {@code b[from, to)}), or null: a lookup
     * without the lock, so each slot is read once. (Reading the slot {@link #probe} stopped at again was a race: a
     * slot found empty could be filled meanwhile by another thread's different string, which was then returned; a
     * built page's external link once came back as another page's relative one.)
     */
    private static Entry find(Entry[] t, int h, String s, byte[] b, int from, int to) {
        int mask = t.length - 1;
        for (int k = slot(h) & mask; ; k = (k + 1) & mask) {
            Entry e = t[k];
            if (e == null) return null;
            if (e.hash == h && (s != null ? e.value.equals(s) : e.matches(b, from, to))) return e;
        }
    }

    /**
     * Under the shard's lock only (the table does not change meanwhile): linear probing from {@code h}'s slot: the
     * slot of the entry equal to {@code s} (or, when {@code s} is null, to
     * the region {@code b[from, to)}), else of the first free slot. With neither {@code s} nor {@code b}, the first
     * free slot (filling a new table, whose entries are all distinct).
     */
    private static int probe(Entry[] t, int h, String s, byte[] b, int from, int to) {
        int mask = t.length - 1;
        int k = slot(h) & mask;
        for (Entry e; (e = t[k]) != null; k = (k + 1) & mask) {
            if (e.hash == h && (s != null ? e.value.equals(s) : b != null && e.matches(b, from, to))) break;
        }
        return k;
    }

    /** A known string with its UTF-8 bytes, which a region is compared with. */
    private static final class Entry {
        final int hash;
        /** The value's UTF-8 encoding; null for a string with a lone surrogate, which no bytes encode. */
        final byte[] utf8;
        final String value;

        Entry(int hash, byte[] utf8, String value) {
            this.hash = hash;
            this.utf8 = utf8;
            this.value = value;
        }

        boolean matches(byte[] b, int from, int to) {
            byte[] mine = utf8;
            return mine != null && Arrays.equals(mine, 0, mine.length, b, from, to);
        }
    }

    /** Open addressing with linear probing; the table is replaced, never changed in place, when it grows. */
    private static final class Shard {
        volatile Entry[] table;
        int size;

        Shard(int capacity) {
            table = new Entry[capacity];
        }

        /** Adds the string ({@code s}, or else the region) unless another thread has just added it. */
        synchronized String add(int h, String s, byte[] b, int from, int to) {
            Entry[] t = table;
            int k = probe(t, h, s, b, from, to);
            if (t[k] != null) return t[k].value;
            byte[] utf8 = s != null ? utf8(s) : Arrays.copyOfRange(b, from, to);
            String value = s != null ? s : new String(utf8, StandardCharsets.UTF_8);
            Entry added = new Entry(h, utf8, value);
            if (2 * (size + 1) > t.length) {
                // Grown into a new table published whole: a reader still probing the old one sees a consistent table.
                Entry[] bigger = new Entry[t.length * 2];
                for (Entry e : t) {
                    if (e != null) bigger[probe(bigger, e.hash, null, null, 0, 0)] = e;
                }
                bigger[probe(bigger, h, null, null, 0, 0)] = added;
                size++;
                table = bigger;
            } else {
                // Readers may see this slot filled at once or only later; either way they see a whole entry (final
                // fields), and one that misses it comes here and finds it under the lock.
                t[k] = added;
                size++;
            }
            return value;
        }
    }

    /** The UTF-8 bytes of {@code s}, or null when it has a lone surrogate (the encoder would write '?' for it). */
    private static byte[] utf8(String s) {
        return HtmlReferences.hasLoneSurrogate(s) ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
