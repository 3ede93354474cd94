package org.plenary.search.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

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

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(b, 8192)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
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
