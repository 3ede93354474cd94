package org.plenary.links;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes an HTML file the way a browser picks its encoding for a local file: a byte order mark, else a
 * {@code <meta charset>} or {@code <meta http-equiv=Content-Type content="…; charset=…">} within the first
 * 1024 bytes (the HTML standard's prescan window), else UTF-8. The encoding matters for links: an id written
 * {@code café} in a Latin-1 page must still match {@code #caf%C3%A9}.
 */
final class PageCharset {
    private static final int PRESCAN = 1024;

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

    /**
     * Whether {@link #decode} reads these bytes as plain UTF-8: no byte order mark, and no {@code <meta charset>}
     * naming another encoding. Then the text they were encoded from is the text a browser reads.
     */
    static boolean isPlainUtf8(byte[] bytes) {
        int n = bytes.length;
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) return false;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) return false;
        String name = declaredName(bytes);
        // The common declarations, without a charset lookup; anything else as decode() would take it.
        if (name == null || name.equals("utf-8") || name.equals("utf8")) return true;
        return charset(name).equals(StandardCharsets.UTF_8);
    }

    /**
     * The value after {@code charset=} inside a {@code <meta …>} tag within the first {@value #PRESCAN} bytes,
     * lower-cased, or null. A plain scan of the bytes, not a regular expression, and no decoding: it runs for every
     * page a build writes (decoding and lower-casing the window as text was a twentieth of the time it takes to scan
     * a page for links). Only ASCII matters to it (the markup it looks for, the name it returns), so ASCII letters are
     * lower-cased as they are read ({@code ParsersTest} compares it with the same scan of the window as Latin-1 text).
     */
    static String declaredName(byte[] bytes) {
        int n = Math.min(bytes.length, PRESCAN);
        int from = 0;
        while (true) {
            int at = indexOfCharset(bytes, from, n);
            if (at < 0) return null;
            from = at + 7;
            int open = lastIndexOf(bytes, '<', at);
            if (open < 0 || lastIndexOf(bytes, '>', at) > open || !startsWithLower(bytes, open, n, "<meta")) continue;
            int i = from;
            while (i < n && (bytes[i] & 0xFF) <= ' ') i++;
            if (i >= n || bytes[i] != '=') continue;
            i++;
            while (i < n && ((bytes[i] & 0xFF) <= ' ' || bytes[i] == '"' || bytes[i] == '\'')) i++;
            int start = i;
            while (i < n && isNameChar((char) lower(bytes[i]))) i++;
            if (i > start) {
                char[] name = new char[i - start];
                for (int k = start; k < i; k++) name[k - start] = (char) lower(bytes[k]);
                return new String(name);
            }
        }
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b & 0xFF;
    }

    private static int indexOfCharset(byte[] b, int from, int n) {
        for (int k = from; k + 7 <= n; k++) {
            if (lower(b[k]) == 'c' && startsWithLower(b, k, n, "charset")) return k;
        }
        return -1;
    }

    /** As {@code String.lastIndexOf(ch, from)}: the last {@code ch} at or before {@code from}. */
    private static int lastIndexOf(byte[] b, char ch, int from) {
        for (int k = from; k >= 0; k--) if (b[k] == ch) return k;
        return -1;
    }

    private static boolean startsWithLower(byte[] b, int at, int n, String lowerAscii) {
        if (at + lowerAscii.length() > n) return false;
        for (int k = 0; k < lowerAscii.length(); k++) if (lower(b[at + k]) != lowerAscii.charAt(k)) return false;
        return true;
    }

    private static Charset declared(byte[] bytes) {
        String name = declaredName(bytes);
        return name == null ? StandardCharsets.UTF_8 : charset(name);
    }

    /** The encoding a browser reads for a declared charset name (UTF-8 for a name it does not know). */
    private static Charset charset(String name) {
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

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
