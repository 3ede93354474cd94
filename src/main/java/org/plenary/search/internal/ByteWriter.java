package org.plenary.search.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The static index's binary encoding: unsigned LEB128 varints, single bytes, and strings as a varint byte length
 * followed by UTF-8. Files are gzip-compressed (fixed header, so equal input gives equal bytes) and named by a
 * hash of their content.
 */
final class ByteWriter {
    /** Written bytes are {@code buf[0 .. size)} (not a ByteArrayOutputStream: it locks for every byte). */
    private byte[] buf = new byte[256];
    private int size;

    private void room(int n) {
        if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }

    ByteWriter varint(long v) {
        if (v < 0) throw new IllegalArgumentException("negative varint " + v);
        room(10);
        while (v >= 0x80) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
        return this;
    }

    ByteWriter u8(int b) {
        room(1);
        buf[size++] = (byte) b;
        return this;
    }

    ByteWriter string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        room(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    /** The header {@link java.util.zip.GZIPOutputStream} writes: deflate, no name, no time, unknown OS. */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /**
     * A deflater per thread, reset for each file: a new one allocates and clears its tables, which cost about as much
     * as compressing a small file. The output is that of {@link java.util.zip.GZIPOutputStream}, byte for byte.
     */
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

    static byte[] gzip(byte[] data) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length / 3 + 64];
        System.arraycopy(GZIP_HEADER, 0, out, 0, GZIP_HEADER.length);
        int n = GZIP_HEADER.length;
        while (!deflater.finished()) {
            if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
            n += deflater.deflate(out, n, out.length - n);
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        if (n + 8 > out.length) out = Arrays.copyOf(out, n + 8);
        int c = (int) crc.getValue();
        int[] trailer = {c, c >>> 8, c >>> 16, c >>> 24, data.length, data.length >>> 8, data.length >>> 16, data.length >>> 24};
        for (int b : trailer) out[n++] = (byte) b;
        return Arrays.copyOf(out, n);
    }

    /** The first 10 hex digits of the SHA-256 of {@code data}: the content part of a file name. */
    static String hash(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
