package org.plenary.links;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML file the way a browser picks its encoding for a local file: a byte order mark, else a
 * {@code <meta charset>} or {@code <meta http-equiv=Content-Type content="…; charset=…">} within the first
 * 1024 bytes (the HTML standard's prescan window), else UTF-8. The encoding matters for links: an id written
 * {@code café} in a Latin-1 page must still match {@code #caf%C3%A9}.
 */
final class PageCharset {
    private static final int PRESCAN = 1024;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    static String decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, declared(bytes));
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return StandardCharsets.UTF_8;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            Charset cs = Charset.forName(name);
            // The HTML standard: a declared UTF-16 in an ASCII-compatible prescan means UTF-8 in practice;
            // and browsers read "iso-8859-1" as windows-1252.
            if (cs.name().startsWith("UTF-16")) return StandardCharsets.UTF_8;
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
                return Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : cs;
            }
            return cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
