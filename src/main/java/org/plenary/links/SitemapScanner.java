package org.plenary.links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast path for reading the URLs of a sitemap (tens of megabytes on a large site): one pass over the UTF-8 bytes of
 * plain XML — elements, double- or single-quoted attributes, the five predefined entities and numeric character
 * references — giving exactly what {@link SitemapUrls#entries} gets from jsoup's XML parser. Anything else (comments,
 * CDATA, a DOCTYPE, other entities, white space or markup inside a {@code <loc>}, a byte order mark, a carriage return,
 * a NUL, bytes that are not UTF-8, duplicate attributes) makes it give up ({@code null}), and jsoup reads the file.
 *
 * <p>The markup is ASCII, so it is read from the bytes as they are; only the URLs become strings, and a URL that
 * repeats (a page's alternates are listed again under each of them) is the one shared instance each time
 * ({@link SharedStrings}), made once.
 */
final class SitemapScanner {
    private final byte[] s;
    private final int n;
    private final SharedStrings strings;
    private int i;
    /** Whether a byte outside ASCII was seen: then the whole file must be valid UTF-8, as jsoup would decode it. */
    private boolean nonAscii;
    private final List<SitemapUrls.Entry> out = new ArrayList<>();
    /** Names of the open elements, as written (XML names are case-sensitive). */
    private final List<String> stack = new ArrayList<>();
    /** The attribute names of the start tag being read, lower-cased. */
    private final List<String> seen = new ArrayList<>(4);

    private SitemapScanner(byte[] s, SharedStrings strings) {
        this.s = s;
        this.n = s.length;
        this.strings = strings;
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** The URLs in document order, or null when the file needs the full parser. */
    static List<SitemapUrls.Entry> scan(byte[] bytes) {
        return scan(bytes, new SharedStrings(1 << 10));
    }

    /**
     * The URLs in document order, each an instance shared through {@code strings}, or null when the file needs the
     * full parser.
     */
    static List<SitemapUrls.Entry> scan(byte[] bytes, SharedStrings strings) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) return null;
        SitemapScanner sc = new SitemapScanner(bytes, strings);
        try {
            sc.run();
        } catch (GiveUp e) {
            return null;
        }
        // Bytes that are not UTF-8 decode to replacement characters, which (like a U+FFFD written as such) this
        // scanner does not reproduce.
        if (sc.nonAscii && new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') >= 0) return null;
        return sc.out;
    }

    /**
     * The index of the next {@code stop} byte from {@code from}, or -1: every byte of the file that is not markup
     * passes through here, so here a carriage return or NUL gives up and a byte outside ASCII is noted.
     */
    private int find(byte stop, int from) {
        byte[] b = s;
        for (int k = from; k < n; k++) {
            byte c = b[k];
            if (c == stop) return k;
            if (c <= '\r') {
                if (c < 0) nonAscii = true;
                else if (c == '\r' || c == 0) throw GIVE_UP;
            }
        }
        return -1;
    }

    private boolean startsWith(String ascii, int at) {
        if (at + ascii.length() > n) return false;
        for (int k = 0; k < ascii.length(); k++) {
            if (s[at + k] != ascii.charAt(k)) return false;
        }
        return true;
    }

    private void run() {
        while (true) {
            int lt = find((byte) '<', i);
            if (lt < 0) return;
            i = lt + 1;
            if (i >= n) throw GIVE_UP;
            byte c = s[i];
            if (c == '?') {
                // Only the XML declaration, first in the file.
                if (lt != 0 || !startsWith("?xml", i)) throw GIVE_UP;
                int end = i;
                do {
                    end = find((byte) '?', end + 1);
                    if (end < 0) throw GIVE_UP;
                } while (end + 1 >= n || s[end + 1] != '>');
                i = end + 2;
            } else if (c == '!') {
                throw GIVE_UP;
            } else if (c == '/') {
                i++;
                String name = rawName();
                skipSpace();
                if (i >= n || s[i] != '>') throw GIVE_UP;
                i++;
                if (stack.isEmpty() || !stack.get(stack.size() - 1).equals(name)) throw GIVE_UP;
                stack.remove(stack.size() - 1);
            } else {
                startTag();
            }
        }
    }

    private void startTag() {
        String raw = rawName();
        String name = raw.toLowerCase(Locale.ROOT);
        String href = null;
        boolean hasHref = false;
        seen.clear();
        while (true) {
            boolean space = skipSpace();
            if (i >= n) throw GIVE_UP;
            byte c = s[i];
            if (c == '>' || c == '/') break;
            if (!space) throw GIVE_UP;
            String attr = rawName().toLowerCase(Locale.ROOT);
            if (seen.contains(attr)) throw GIVE_UP;
            seen.add(attr);
            skipSpace();
            if (i >= n || s[i] != '=') throw GIVE_UP;
            i++;
            skipSpace();
            if (i >= n) throw GIVE_UP;
            byte q = s[i];
            if (q != '"' && q != '\'') throw GIVE_UP;
            int end = find(q, i + 1);
            if (end < 0) throw GIVE_UP;
            if (attr.equals("href")) {
                hasHref = true;
                href = text(i + 1, end);
                if (href.indexOf('<') >= 0) throw GIVE_UP;
            } else {
                checkValue(i + 1, end);
            }
            i = end + 1;
        }
        boolean empty = s[i] == '/';
        if (empty) {
            i++;
            if (i >= n || s[i] != '>') throw GIVE_UP;
        }
        i++;
        String parent = stack.isEmpty() ? "" : stack.get(stack.size() - 1).toLowerCase(Locale.ROOT);
        if (localNameIs(name, "loc") && (parent.endsWith("url") || parent.endsWith("sitemap"))) {
            if (empty) return; // no text: nothing listed
            int end = find((byte) '<', i);
            if (end < 0 || end + 1 >= n || s[end + 1] != '/') throw GIVE_UP;
            String url = loc(i, end);
            if (!url.isEmpty()) out.add(new SitemapUrls.Entry(url, parent.endsWith("sitemap")));
            stack.add(raw);
            i = end;
            return;
        }
        if (hasHref && name.indexOf(':') >= 0 && localNameIs(name, "link")) {
            String url = href.strip();
            if (!url.isEmpty()) out.add(new SitemapUrls.Entry(url, false));
        }
        if (!empty) stack.add(raw);
    }

    /**
     * The text of a {@code <loc>}, {@code s[from, to)}: jsoup's text() collapses white space, so a URL with any (or
     * with a control character) is left to it; plain URLs have none.
     */
    private String loc(int from, int to) {
        boolean plain = true;
        for (int k = from; k < to; k++) {
            byte c = s[k];
            if (c <= ' ') {
                if (c >= 0) throw GIVE_UP; // white space or a control character, in ASCII
                plain = false;
            } else if (c == '&') {
                plain = false;
            }
        }
        if (plain) return strings.intern(s, from, to);
        String url = text(from, to);
        for (int k = 0; k < url.length(); k++) {
            char c = url.charAt(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c < 0x20) throw GIVE_UP;
        }
        return url;
    }

    /** The decoded text of {@code s[from, to)}, a shared instance. */
    private String text(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] == '&') return strings.intern(decode(new String(s, from, to - from, StandardCharsets.UTF_8)));
        }
        return strings.intern(s, from, to);
    }

    /** An attribute value that is not kept must still be one this scanner reads as jsoup does. */
    private void checkValue(int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = s[k];
            if (c == '<') throw GIVE_UP;
            if (c == '&') {
                if (decode(new String(s, from, to - from, StandardCharsets.UTF_8)).indexOf('<') >= 0) throw GIVE_UP;
                return;
            }
        }
    }

    /** Whether what follows the first ':' of {@code name} (all of it, without one) is {@code local}. */
    private static boolean localNameIs(String name, String local) {
        int start = name.indexOf(':') + 1;
        return name.length() - start == local.length() && name.startsWith(local, start);
    }

    /** An element or attribute name as written: ASCII letters, digits, ':', '-', '_', '.'. */
    private String rawName() {
        int start = i;
        while (i < n) {
            byte c = s[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_'
                    || c == '.') {
                i++;
            } else {
                break;
            }
        }
        if (i == start) throw GIVE_UP;
        return strings.intern(s, start, i);
    }

    private boolean skipSpace() {
        int start = i;
        while (i < n) {
            byte c = s[i];
            if (c != ' ' && c != '\n' && c != '\t') break;
            i++;
        }
        return i > start;
    }

    /** The predefined entities and numeric references; anything else gives up. */
    private static String decode(String v) {
        int amp = v.indexOf('&');
        if (amp < 0) return v;
        StringBuilder b = new StringBuilder(v.length());
        int k = 0;
        while (amp >= 0) {
            b.append(v, k, amp);
            int semi = v.indexOf(';', amp);
            if (semi < 0) throw GIVE_UP;
            String ref = v.substring(amp + 1, semi);
            switch (ref) {
                case "amp" -> b.append('&');
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    int cp;
                    try {
                        if (ref.startsWith("#x") || ref.startsWith("#X")) cp = Integer.parseInt(ref.substring(2), 16);
                        else if (ref.startsWith("#")) cp = Integer.parseInt(ref.substring(1));
                        else throw GIVE_UP;
                    } catch (NumberFormatException e) {
                        throw GIVE_UP;
                    }
                    // Controls, surrogates and the like are replaced by parsers in ways not reproduced here.
                    if (cp < 0x20 || cp > 0x10FFFF || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF)) throw GIVE_UP;
                    b.appendCodePoint(cp);
                }
            }
            k = semi + 1;
            amp = v.indexOf('&', k);
        }
        return b.append(v, k, v.length()).toString();
    }
}
