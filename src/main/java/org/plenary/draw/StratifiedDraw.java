package org.plenary.draw;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A draw over several pools (strata), e.g. 20 voters per region, from one key string.
 *
 * <p><b>How the key material is used per pool.</b> All pools share the one key string built from the
 * announced sources; what sets the pools apart is a single running pick index i:
 * <ol>
 * <li>pools are drawn in the order they are listed in the draw record;</li>
 * <li>pool 1 gets the picks i = 0 … seats₁−1, pool 2 continues with i = seats₁ … seats₁+seats₂−1,
 *     and so on — no index is ever hashed twice, so no two picks share a digest;</li>
 * <li>each pick hashes MD5(i as 2 bytes big-endian + key string ASCII + the same 2 bytes), reads the
 *     16-byte digest as an unsigned 128-bit big-endian integer, and takes it modulo the number of items
 *     still unpicked <em>in that pool</em>; the remainder k picks the (k+1)-th unpicked item of that
 *     pool in its published order.</li>
 * </ol>
 * A plain draw is the special case of one pool, with i starting at 0, so it is exactly RFC 3797.
 * Because i is 2 bytes, all pools together can have at most 65,536 picks.
 *
 * <p>The same item may appear in two pools (the engine treats pools independently); pool names must
 * be distinct, since the result is keyed by them.
 */
public final class StratifiedDraw {

    private StratifiedDraw() {
    }

    /**
     * @return each pool's selection keyed by pool name, in the listed order of the pools
     * @throws DrawInputException on an empty pool list, duplicate pool names, more than 65,536 picks
     *                            in all, or any per-pool problem {@link Rfc3797#select} reports
     */
    public static Map<String, Selection> select(String key, List<Pool> pools) {
        if (pools == null || pools.isEmpty()) {
            throw new DrawInputException("a draw needs at least one pool");
        }
        Set<String> names = new HashSet<>();
        long totalPicks = 0;
        for (Pool pool : pools) {
            if (pool.name() == null) {
                throw new DrawInputException("every pool of a stratified draw needs a name");
            }
            if (!names.add(pool.name())) {
                throw new DrawInputException("pool \"" + pool.name() + "\" is listed twice");
            }
            totalPicks += Math.max(pool.seats(), 0);
        }
        if (totalPicks > Rfc3797.MAX_PICKS) {
            throw new DrawInputException("the pools ask for " + totalPicks + " picks in all; RFC 3797's "
                    + "2-byte pick index allows at most " + Rfc3797.MAX_PICKS);
        }
        Map<String, Selection> result = new LinkedHashMap<>();
        int next = 0;
        for (Pool pool : pools) {
            Selection s = Rfc3797.select(key, pool.items(), pool.seats(), next, pool.name());
            result.put(pool.name(), s);
            next += pool.seats();
        }
        return result;
    }
}
