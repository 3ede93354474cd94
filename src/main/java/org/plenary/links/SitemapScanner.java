package org.plenary.links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast path for reading the URLs of a sitemap (tens of megabytes on a large site): one pass over plain XML —
 * elements, double- or single-quoted attributes, the five predefined entities and numeric character references —
 * giving exactly what {@link SitemapCheck#entries} gets from jsoup's XML parser. Anything else (comments, CDATA,
 * a DOCTYPE, other entities, white space or markup inside a {@code <loc>}, a byte order mark, duplicate attributes)
 * makes it give up ({@code null}), and jsoup reads the file.
 */
final class SitemapScanner {
    private final String s;
    private final int n;
    private int i;
    private final List<SitemapCheck.Entry> out = new ArrayList<>();
    /** Names of the open elements, as written (XML names are case-sensitive). */
    private final List<String> stack = new ArrayList<>();

    private SitemapScanner(String s) {
        this.s = s;
        this.n = s.length();
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** The URLs in document order, or null when the file needs the full parser. */
    static List<SitemapCheck.Entry> scan(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) return null;
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\r') >= 0 || text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) return null;
        SitemapScanner sc = new SitemapScanner(text);
        try {
            sc.run();
        } catch (GiveUp e) {
            return null;
        }
        return sc.out;
    }

    private void run() {
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0) return;
            i = lt + 1;
            if (i >= n) throw GIVE_UP;
            char c = s.charAt(i);
            if (c == '?') {
                // Only the XML declaration, first in the file.
                if (lt != 0 || !s.startsWith("?xml", i)) throw GIVE_UP;
                int end = s.indexOf("?>", i);
                if (end < 0) throw GIVE_UP;
                i = end + 2;
            } else if (c == '!') {
                throw GIVE_UP;
            } else if (c == '/') {
                i++;
                String name = rawName();
                skipSpace();
                if (i >= n || s.charAt(i) != '>') throw GIVE_UP;
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
        List<String> seen = new ArrayList<>(4);
        while (true) {
            boolean space = skipSpace();
            if (i >= n) throw GIVE_UP;
            char c = s.charAt(i);
            if (c == '>' || c == '/') break;
            if (!space) throw GIVE_UP;
            String attr = rawName().toLowerCase(Locale.ROOT);
            if (seen.contains(attr)) throw GIVE_UP;
            seen.add(attr);
            skipSpace();
            if (i >= n || s.charAt(i) != '=') throw GIVE_UP;
            i++;
            skipSpace();
            if (i >= n) throw GIVE_UP;
            char q = s.charAt(i);
            if (q != '"' && q != '\'') throw GIVE_UP;
            int end = s.indexOf(q, i + 1);
            if (end < 0) throw GIVE_UP;
            String value = decode(s.substring(i + 1, end));
            if (value.indexOf('<') >= 0) throw GIVE_UP;
            i = end + 1;
            if (attr.equals("href")) {
                hasHref = true;
                href = value;
            }
        }
        boolean empty = s.charAt(i) == '/';
        if (empty) {
            i++;
            if (i >= n || s.charAt(i) != '>') throw GIVE_UP;
        }
        i++;
        String parent = stack.isEmpty() ? "" : stack.get(stack.size() - 1).toLowerCase(Locale.ROOT);
        String local = name.substring(name.indexOf(':') + 1);
        if (local.equals("loc") && (parent.endsWith("url") || parent.endsWith("sitemap"))) {
            if (empty) return; // no text: nothing listed
            int end = s.indexOf('<', i);
            if (end < 0 || !s.startsWith("</", end)) throw GIVE_UP;
            String url = decode(s.substring(i, end));
            // jsoup's text() collapses white space; plain URLs have none.
            for (int k = 0; k < url.length(); k++) {
                char c = url.charAt(k);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c < 0x20) throw GIVE_UP;
            }
            if (!url.isEmpty()) out.add(new SitemapCheck.Entry(url, parent.endsWith("sitemap")));
            stack.add(raw);
            i = end;
            return;
        }
        if (local.equals("link") && name.contains(":") && hasHref) {
            String url = href.strip();
            if (!url.isEmpty()) out.add(new SitemapCheck.Entry(url, false));
        }
        if (!empty) stack.add(raw);
    }

    /** An element or attribute name as written: ASCII letters, digits, ':', '-', '_', '.'. */
    private String rawName() {
        int start = i;
        while (i < n) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_'
                    || c == '.') {
                i++;
            } else {
                break;
            }
        }
        if (i == start) throw GIVE_UP;
        return s.substring(start, i);
    }

    private boolean skipSpace() {
        int start = i;
        while (i < n) {
            char c = s.charAt(i);
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
