package org.plenary.links;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as browsers and web servers apply it. A browser encodes what a page author wrote
 * (raw UTF-8, spaces) before sending it, and the server decodes the path back to a file name; so a
 * link written {@code caf%C3%A9.html} and one written {@code café.html} reach the same file. We mirror
 * that: file paths are encoded once to build page URLs, and link paths are decoded once to find files.
 */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Encodes a site-relative file path ({@code a/b c.html}) segment by segment into a URL path. */
    static String encodePath(String relPath) {
        StringBuilder out = new StringBuilder(relPath.length() + 8);
        for (byte b : relPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            // Keep what may stand unencoded in a path segment (RFC 3986 pchar) plus '/', encode the rest,
            // above all '%', '?' and '#', which would otherwise change what the URL means.
            if (isUnreserved(c) || c == '/' || "!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                appendEscaped(out, c);
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8 and keeps every other character as it is, so a path that mixes
     * raw UTF-8 and escapes decodes correctly. A '%' not followed by two hex digits stays literal.
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            }
        }
        // Invalid UTF-8 turns into U+FFFD, as in the URL standard's "UTF-8 decode without BOM".
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Applies the WHATWG fragment percent-encode set (controls, space, {@code " < > `}, non-ASCII), which a
     * browser applies to {@code href="#…"} before it looks for the element. Only then is the raw-then-decoded
     * fragment lookup of the HTML standard exact.
     */
    static String encodeFragment(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`';
        }
        if (plain) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '`') {
                appendEscaped(out, c);
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /**
     * Makes a leniently written URL component acceptable to {@link java.net.URI}: characters URIs may not
     * contain (space, non-ASCII, {@code | ^ { }} …) and stray '%' are escaped; existing escapes are kept.
     */
    static String encodeIllegal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c < 0x7F && (isUnreserved(c) || "!$&'()*+,;=:@/?#[]".indexOf(c) >= 0
                    || (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))));
            if (ok) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            int cp = s.codePointAt(i);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                appendEscaped(out, b & 0xFF);
            }
            i += Character.charCount(cp) - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void appendEscaped(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
