package org.plenary.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/** Reads a text file that must be UTF-8; a bad byte is reported at its line and column, not as a crash. */
public final class Utf8File {
    private Utf8File() {
    }

    /**
     * Reads a whole file, reporting at its line and column every character {@link UnsafeText} refuses.
     *
     * @return the text without a byte-order mark, or null when unreadable or unusable (reported): not UTF-8, over
     *         {@code maxBytes}, or holding control characters or noncharacters
     */
    public static String read(Path file, String relPath, long maxBytes, Diagnostics diag) {
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                diag.error(Location.of(relPath), "file-too-large",
                        "file is larger than " + (maxBytes >> 20) + " MiB; split the registry into several files");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diag.error(Location.of(relPath), "io", "cannot read file: " + e.getMessage());
            return null;
        }
        // Valid UTF-8 decodes without a replacement character; only a text that has one (malformed input, or a
        // U+FFFD of its own) is decoded again, strictly, to find the bad byte.
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            s = strictly(bytes, relPath, diag);
            if (s == null) return null;
        }
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return UnsafeText.mayHoldRefused(bytes) && UnsafeText.scan(s, relPath, diag) ? null : s;
    }

    /** Decodes UTF-8, reporting the first bad byte at its line and column (then null). */
    private static String strictly(byte[] bytes, String relPath, Diagnostics diag) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decode by hand rather than with decode(ByteBuffer): on failure the input position is the bad byte itself,
        // also for the cases a simple lead/continuation scan misses (overlong forms, surrogates, code points > U+10FFFF).
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int bad = Math.min(in.position(), bytes.length - 1);
            diag.error(positionOfByte(bytes, bad, relPath), "not-utf8",
                    String.format(java.util.Locale.ROOT, "file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
                            bytes[bad] & 0xff, bad)); // ROOT: the offset in 0-9 whatever the JVM's locale
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static Location positionOfByte(byte[] b, int offset, String file) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                col = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new Location(file, line, col);
    }

}
