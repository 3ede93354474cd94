package org.plenary.render;

import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Jte output that collects what a template writes as UTF-8 bytes, the form a page is written and link-checked in.
 * The templates are compiled with binary static content (pom.xml, {@code TemplateCache}), so their fixed text
 * arrives already encoded and is only copied; dynamic strings are encoded as they are written. A page never exists
 * as one Java string: a string holding one character outside Latin-1 (the language menu's native names are on every
 * page) is stored as UTF-16 and encoded character by character, which was about a tenth of a build's CPU time.
 *
 * <p>Text is encoded per write, as {@link String#getBytes} does: a lone surrogate becomes {@code ?}. Not thread-safe;
 * one thread reuses an instance from page to page ({@link #reset}).
 */
final class Utf8TemplateOutput implements TemplateOutput {
    private byte[] buf;
    private int count;

    /** @param capacity initial size in bytes; the buffer grows by doubling */
    Utf8TemplateOutput(int capacity) {
        buf = new byte[capacity];
    }

    @Override
    public void writeContent(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        append(b, b.length);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        if (beginIndex == 0 && endIndex == value.length()) {
            writeContent(value);
        } else if (beginIndex < endIndex) {
            writeContent(value.substring(beginIndex, endIndex));
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        append(value, value.length);
    }

    /**
     * Writes {@code value} as UTF-8 with each ASCII byte that {@code escapes} maps replaced by its mapping (an entity);
     * bytes of other characters are never ASCII, so they are copied as they are.
     *
     * @param escapes 128 entries: the bytes to write instead of that ASCII byte, or null to write it as it is
     */
    void writeEscaped(String value, byte[][] escapes) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        for (int k = 0; k < b.length; k++) {
            int c = b[k];
            if (c < 0) continue; // a byte of a multi-byte character
            byte[] e = escapes[c];
            if (e == null) continue;
            append(b, from, k - from);
            append(e, 0, e.length);
            from = k + 1;
        }
        append(b, from, b.length - from);
    }

    private void append(byte[] b, int n) {
        append(b, 0, n);
    }

    private void append(byte[] b, int off, int n) {
        if (count + n > buf.length) buf = Arrays.copyOf(buf, Math.max(count + n, buf.length * 2));
        System.arraycopy(b, off, buf, count, n);
        count += n;
    }

    /** Bytes written since the last {@link #reset}. */
    int size() {
        return count;
    }

    /** The bytes written since the last {@link #reset}, as a new array of exactly that length. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    /** Forgets what was written; the buffer is kept. */
    void reset() {
        count = 0;
    }
}
