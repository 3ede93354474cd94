package org.plenary.draw;

import java.math.BigInteger;

/**
 * One pick of an RFC 3797 draw, with everything a reader needs to redo it by hand.
 *
 * @param index      the pick index i that was hashed (0-based; in a stratified draw it runs on across pools)
 * @param md5Hex     MD5(i as 2 bytes big-endian + key + same 2 bytes), 32 uppercase hex digits
 * @param itemsLeft  how many items of the pool were still unpicked, the divisor
 * @param remainder  the digest as an unsigned 128-bit big-endian integer, modulo {@code itemsLeft}
 * @param position   1-based position of the pick among the unpicked items ({@code remainder + 1})
 * @param poolNumber 1-based position of the pick in the published pool (the RFC's "17 Lee")
 * @param item       the item picked
 */
public record Step(int index, String md5Hex, int itemsLeft, BigInteger remainder, int position,
                   int poolNumber, String item) {
}
