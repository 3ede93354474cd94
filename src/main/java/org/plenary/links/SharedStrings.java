package org.plenary.links;

/**
 * One copy of each string that a site's pages share: a site's pages repeat the same navigation links, asset URLs and
 * ids, so the parsed pages keep one instance of each, and references can be told apart by identity afterwards.
 *
 * <p>A string can be looked up from a region of a {@code char[]} (the page text the scanner reads), so a reference
 * that is already known costs no new string: the region's hash is computed in place and compared with the known
 * strings' characters. Only a new string is made into a {@code String}.
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
        int h = s.hashCode(); // the same polynomial as hash(char[], …): a string and a region with equal text agree
        Shard shard = shards[shard(h)];
        Entry[] table = shard.table;
        int mask = table.length - 1;
        for (int k = slot(h) & mask; ; k = (k + 1) & mask) {
            Entry e = table[k];
            if (e == null) break;
            if (e.hash == h && e.value.equals(s)) return e.value;
        }
        return shard.add(h, s, null, 0, 0);
    }

    /** The shared instance whose characters are {@code c[from, to)}; a new string only when none is known yet. */
    String intern(char[] c, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) h = 31 * h + c[k];
        Shard shard = shards[shard(h)];
        Entry[] table = shard.table;
        int mask = table.length - 1;
        for (int k = slot(h) & mask; ; k = (k + 1) & mask) {
            Entry e = table[k];
            if (e == null) break;
            if (e.hash == h && e.matches(c, from, to)) return e.value;
        }
        return shard.add(h, null, c, from, to);
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

    /** A known string with its characters, which a region is compared with (C1 does not inline String.charAt). */
    private static final class Entry {
        final int hash;
        final char[] chars;
        final String value;

        Entry(int hash, char[] chars, String value) {
            this.hash = hash;
            this.chars = chars;
            this.value = value;
        }

        boolean matches(char[] c, int from, int to) {
            char[] mine = chars;
            int len = to - from;
            if (mine.length != len) return false;
            for (int k = 0; k < len; k++) {
                if (mine[k] != c[from + k]) return false;
            }
            return true;
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
        synchronized String add(int h, String s, char[] c, int from, int to) {
            Entry[] t = table;
            int mask = t.length - 1;
            int k = slot(h) & mask;
            for (; t[k] != null; k = (k + 1) & mask) {
                Entry e = t[k];
                if (e.hash == h && (s != null ? e.value.equals(s) : e.matches(c, from, to))) return e.value;
            }
            char[] chars = s != null ? s.toCharArray() : java.util.Arrays.copyOfRange(c, from, to);
            String value = s != null ? s : new String(chars);
            Entry added = new Entry(h, chars, value);
            if (2 * (size + 1) > t.length) {
                // Grown into a new table published whole: a reader still probing the old one sees a consistent table.
                Entry[] bigger = new Entry[t.length * 2];
                int bm = bigger.length - 1;
                for (Entry e : t) {
                    if (e == null) continue;
                    int j = slot(e.hash) & bm;
                    while (bigger[j] != null) j = (j + 1) & bm;
                    bigger[j] = e;
                }
                int j = slot(h) & bm;
                while (bigger[j] != null) j = (j + 1) & bm;
                bigger[j] = added;
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
}
