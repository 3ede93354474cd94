package org.plenary.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The file of the site a request path names, decided on the raw path as the client sent it, before anything
 * normalises it: a dev server listening on a port must never hand out a file outside the site folder.
 *
 * <p>Rules (RFC 3986 §3.3 path, percent-decoded once as UTF-8):
 * <ul>
 *   <li>the path starts with {@code /} and has no empty segment ({@code //}), no backslash, no control character;</li>
 *   <li>no escape may stand for {@code .}, {@code /}, {@code \}, {@code %} or a control character (so {@code %2e%2e},
 *       {@code %2F}, double encoding {@code %252e} and {@code %00} are refused), and the escapes must be valid
 *       UTF-8;</li>
 *   <li>no segment is {@code .} or {@code ..}.</li>
 * </ul>
 * Such requests get 400; they are never "cleaned up" into another path. A segment starting with a dot (hidden
 * file) gets 404: the site has none. {@code dir/} names {@code dir/index.html}.
 */
final class SitePath {

    /** The outcome: a relative file path, or an HTTP status with the reason. */
    record Result(String file, int status, String reason) {
        boolean ok() {
            return file != null;
        }
    }

    private SitePath() {
    }

    static Result of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return bad("the path must start with /");
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length()) return bad("incomplete percent escape");
                int hi = Character.digit(rawPath.charAt(i + 1), 16);
                int lo = Character.digit(rawPath.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return bad("invalid percent escape");
                int b = hi * 16 + lo;
                if (b == '.' || b == '/' || b == '\\' || b == '%' || b < 0x20 || b == 0x7f) {
                    return bad("an escaped '.', '/', '\\', '%' or control character is not allowed in a path");
                }
                bytes.put((byte) b);
                i += 2;
            } else if (c == '\\' || c < 0x20 || c == 0x7f) {
                return bad("backslashes and control characters are not allowed in a path");
            } else if (c > 0x7e) {
                return bad("non-ASCII characters must be percent-encoded");
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return bad("the escapes are not valid UTF-8");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') return bad("control characters are not allowed in a path");
        }
        String rel = path.substring(1);
        if (rel.isEmpty()) return new Result("index.html", 200, null);
        String[] segments = rel.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) return bad("'.' and '..' segments are not allowed");
            if (s.isEmpty() && i < segments.length - 1) return bad("empty path segment");
            if (s.startsWith(".")) return new Result(null, 404, "hidden files are not part of the site");
        }
        return new Result(rel.endsWith("/") ? rel + "index.html" : rel, 200, null);
    }

    private static Result bad(String why) {
        return new Result(null, 400, why);
    }
}
