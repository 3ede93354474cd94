package org.plenary.draw;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The RFC 3797 selection itself (SPEC §9, RFC 3797 §4), bit for bit.
 *
 * <p>Pick number i (0-based) hashes, with MD5, the 2-byte big-endian encoding of i, then the key
 * string's ASCII bytes, then the same 2 bytes again. The 16-byte digest, read as an unsigned 128-bit
 * big-endian integer, modulo the number of items still unpicked gives k; the pick is the (k+1)-th
 * unpicked item in published pool order, which is then removed (the rest keep their order).
 *
 * <p>Because i is two bytes, a draw has at most 65,536 picks and a pool at most 65,535 items.
 */
public final class Rfc3797 {
    /** Largest pool, as the spec fixes it (a 2-byte index could count one more pick, never more items). */
    public static final int MAX_POOL = 65_535;
    /** Picks are numbered by a 2-byte index: 0 … 65,535. */
    public static final int MAX_PICKS = 65_536;

    private Rfc3797() {
    }

    /**
     * Draws {@code seats} items from {@code pool}.
     *
     * @param key  the key string, e.g. from {@link KeyString#of}
     * @param pool the items in published order; distinct, non-blank
     * @throws DrawInputException when the key or pool is unusable or seats is out of 1 … pool size
     */
    public static Selection select(String key, List<String> pool, int seats) {
        return select(key, pool, seats, 0, "");
    }

    /**
     * Draws with pick indexes starting at {@code firstIndex}; {@link StratifiedDraw} uses this to run
     * one index across pools. {@code poolName} only labels error messages.
     */
    static Selection select(String key, List<String> pool, int seats, int firstIndex, String poolName) {
        byte[] keyBytes = keyBytes(key);
        checkPool(pool, seats, poolName);
        if (firstIndex < 0 || (long) firstIndex + seats > MAX_PICKS) {
            throw new DrawInputException("a draw can make at most " + MAX_PICKS
                    + " picks in all (the pick index is 2 bytes)");
        }
        UnpickedItems unpicked = new UnpickedItems(pool.size());
        MessageDigest md5 = md5();
        List<Step> steps = new ArrayList<>(seats);
        List<String> result = new ArrayList<>(seats);
        for (int n = 0; n < seats; n++) {
            int i = firstIndex + n;
            byte[] digest = digest(md5, i, keyBytes);
            int left = unpicked.left();
            BigInteger remainder = new BigInteger(1, digest).mod(BigInteger.valueOf(left));
            int k = remainder.intValueExact();
            int published = unpicked.take(k);
            String item = pool.get(published);
            steps.add(new Step(i, HexFormat.of().withUpperCase().formatHex(digest), left, remainder,
                    k + 1, published + 1, item));
            result.add(item);
        }
        return new Selection(steps, result);
    }

    /** MD5(i as 2 bytes BE + key ASCII + same 2 bytes), as uppercase hex. Exposed for checks and tests. */
    public static String digestHex(String key, int index) {
        if (index < 0 || index >= MAX_PICKS) {
            throw new DrawInputException("pick index " + index + " is outside 0 … " + (MAX_PICKS - 1));
        }
        return HexFormat.of().withUpperCase().formatHex(digest(md5(), index, keyBytes(key)));
    }

    private static byte[] digest(MessageDigest md5, int i, byte[] keyBytes) {
        byte hi = (byte) (i >>> 8);
        byte lo = (byte) i;
        md5.reset();
        md5.update(hi);
        md5.update(lo);
        md5.update(keyBytes);
        md5.update(hi);
        md5.update(lo);
        return md5.digest();
    }

    private static byte[] keyBytes(String key) {
        if (key == null || key.isEmpty()) {
            throw new DrawInputException("the key string is empty");
        }
        for (int c = 0; c < key.length(); c++) {
            if (key.charAt(c) > 0x7E || key.charAt(c) < 0x20) {
                throw new DrawInputException("the key string must be printable ASCII; character "
                        + (c + 1) + " is not");
            }
        }
        return key.getBytes(StandardCharsets.US_ASCII);
    }

    private static void checkPool(List<String> pool, int seats, String poolName) {
        String which = poolName == null || poolName.isEmpty() ? "the pool" : "pool \"" + poolName + "\"";
        if (pool == null || pool.isEmpty()) {
            throw new DrawInputException(which + " is empty");
        }
        if (pool.size() > MAX_POOL) {
            throw new DrawInputException(which + " has " + pool.size() + " items; RFC 3797 allows at most "
                    + MAX_POOL);
        }
        if (seats < 1 || seats > pool.size()) {
            throw new DrawInputException(which + " has " + pool.size() + " items, so seats must be 1 … "
                    + pool.size() + ", not " + seats);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int p = 0; p < pool.size(); p++) {
            String item = pool.get(p);
            if (item == null || item.isBlank()) {
                throw new DrawInputException(which + ": item " + (p + 1) + " is blank");
            }
            Integer first = seen.putIfAbsent(item, p + 1);
            if (first != null) {
                throw new DrawInputException(which + ": \"" + item + "\" is listed twice (items "
                        + first + " and " + (p + 1) + ")");
            }
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must ship MD5 (java.security.MessageDigest contract).
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
