package org.plenary.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts from an HTML file every URL a browser would load or follow, the document's {@code <base href>},
 * its fragment targets and its hreflang alternates, in one walk over the DOM.
 */
final class HtmlReferences {

    private HtmlReferences() {
    }

    /**
     * Parses a file (charset from BOM or {@code <meta charset>}, else UTF-8) and extracts what links need, as
     * {@link #parse(byte[], String, SharedStrings)} does with its bytes.
     *
     * @param strings shares equal strings between the pages of one check
     */
    static ParsedPage parse(Path file, String relPath, SharedStrings strings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return ParsedPage.unreadable(relPath, "cannot read page: " + e.getMessage());
        }
        return parse(bytes, relPath, strings);
    }

    /** What links need of a jsoup document; {@code strings} shares equal strings between pages, or is null. */
    static ParsedPage extract(Document doc, String relPath, SharedStrings strings) {
        Collector c = new Collector(strings);
        JsoupAttributes attrs = new JsoupAttributes();
        for (Element el : doc.getAllElements()) {
            attrs.el = el;
            c.element(el.normalName(), attrs, el.attributesSize() == 0 ? null : el, el);
        }
        return c.done(relPath);
    }

    static ParsedPage extract(Document doc, String relPath) {
        return extract(doc, relPath, null);
    }

    /**
     * Parses the bytes of an HTML file as a browser reads the file ({@link PageCharset}): with {@link HtmlScanner},
     * straight from the bytes, when they are plain UTF-8 (the scanner's answer is jsoup's), else with jsoup on the
     * decoded text. Pages in another charset or with a byte order mark are decoded, then scanned as UTF-8.
     *
     * @param strings shares equal strings between pages (references repeat across a site), or null
     */
    static ParsedPage parse(byte[] bytes, String relPath, SharedStrings strings) {
        if (!PageCharset.isPlainUtf8(bytes)) return parse(PageCharset.decode(bytes), relPath, strings);
        ParsedPage p = HtmlScanner.scan(bytes, relPath, strings);
        // Decoded as PageCharset does for plain UTF-8: invalid sequences become replacement characters.
        return p != null ? p : parseFully(new String(bytes, StandardCharsets.UTF_8), relPath, strings);
    }

    /**
     * Parses an HTML page held in memory as text: scanned from its UTF-8 encoding when the scanner can tell its
     * elements exactly, else with jsoup. For pages that come as text in the first place (decoded from another charset);
     * a file's bytes go to {@link #parse(byte[], String, SharedStrings)}.
     *
     * @param strings shares equal strings between pages, or null
     */
    static ParsedPage parse(String html, String relPath, SharedStrings strings) {
        // A lone surrogate has no UTF-8 encoding (the encoder writes '?'): such text is parsed as it is.
        ParsedPage p = hasLoneSurrogate(html) ? null : HtmlScanner.scan(html.getBytes(StandardCharsets.UTF_8), relPath, strings);
        return p != null ? p : parseFully(html, relPath, strings);
    }

    /** Whether {@code s} has a surrogate without its pair, which no UTF-8 encodes (the encoder writes '?' for it). */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Parses an HTML page held in memory with jsoup; {@code strings} as for {@link #parse(byte[], String, SharedStrings)}. */
    static ParsedPage parseFully(String html, String relPath, SharedStrings strings) {
        try {
            return extract(Jsoup.parse(html, ""), relPath, strings);
        } catch (RuntimeException e) {
            return ParsedPage.unreadable(relPath, "cannot read page: " + e.getMessage());
        }
    }

    // The attributes the collector reads, by number: the scanner finds an attribute by its number instead of
    // comparing names, and keeps only these.
    static final int ID = 0;
    static final int STYLE = 1;
    static final int NAME = 2;
    static final int HREF = 3;
    static final int XLINK_HREF = 4;
    static final int REL = 5;
    static final int HREFLANG = 6;
    static final int SRC = 7;
    static final int SRCSET = 8;
    static final int POSTER = 9;
    static final int DATA = 10;
    static final int TYPE = 11;
    static final int HTTP_EQUIV = 12;
    static final int CONTENT = 13;
    /** The names of the attributes above, lower case, indexed by their numbers. */
    static final List<String> ATTRIBUTE_NAMES = List.of("id", "style", "name", "href", "xlink:href", "rel", "hreflang",
            "src", "srcset", "poster", "data", "type", "http-equiv", "content");

    /** An element's attributes, asked for by number ({@link #ID}, {@link #HREF} …). */
    interface Attributes {
        boolean has(int attr);

        /** The value, "" when absent or without a value. */
        String get(int attr);

        /** The value as {@link SharedStrings#intern shared}, "" when absent or empty. */
        default String shared(int attr, SharedStrings strings) {
            String v = get(attr);
            return v.isEmpty() ? v : strings.intern(v);
        }

        /** The value {@link UrlResolver#clean cleaned} as a browser cleans a URL, then shared; "" when absent or empty. */
        default String url(int attr, SharedStrings strings) {
            String v = UrlResolver.clean(get(attr));
            return v.isEmpty() ? v : strings.intern(v);
        }
    }

    private static final class JsoupAttributes implements Attributes {
        Element el;

        @Override
        public boolean has(int attr) {
            return el.hasAttr(ATTRIBUTE_NAMES.get(attr));
        }

        @Override
        public String get(int attr) {
            return el.attr(ATTRIBUTE_NAMES.get(attr));
        }
    }

    // What a <link rel> says, as bits.
    private static final int REL_PRECONNECT = 1;
    private static final int REL_DNS_PREFETCH = 1 << 1;
    private static final int REL_STYLESHEET = 1 << 2;
    private static final int REL_ALTERNATE = 1 << 3;

    /**
     * What link checking needs, collected element by element in document order: the one definition of which
     * attributes of which elements are references, shared by the DOM walk and {@link HtmlScanner}.
     */
    static final class Collector {
        private final Set<String> anchors = new HashSet<>();
        private final List<ParsedPage.Alternate> alternates = new ArrayList<>();
        private final SharedStrings strings;
        private String baseHref;
        // The distinct references in document order, with their counts. References are shared strings, so a
        // reference is found by identity in an open-addressing table of positions (plus one; 0 is free).
        private String[] raws = new String[32];
        private Reference.Kind[] kinds = new Reference.Kind[32];
        private int[] counts = new int[32];
        private int size;
        private int[] slots = new int[64];

        /** @param strings shares equal strings between pages, or null for this page alone */
        Collector(SharedStrings strings) {
            this.strings = strings == null ? new SharedStrings(64) : strings;
        }

        /**
         * One element.
         *
         * @param name       its lower-case name
         * @param attrs      its attributes
         * @param attributed non-null when it has at least one attribute
         * @param data       for {@code style} elements, the element whose {@link Element#data()} is its CSS (or a
         *                   {@code String}); otherwise ignored
         */
        void element(String name, Attributes attrs, Object attributed, Object data) {
            if (attributed == null) {
                // Most elements have no attributes; asking for one would allocate an empty attribute list.
                if (name.equals("style")) addCss(data(data));
                return;
            }
            String id = attrs.shared(ID, strings);
            if (!id.isEmpty()) anchors.add(id);
            if (attrs.has(STYLE)) addCss(attrs.get(STYLE));
            switch (name) {
                case "a" -> {
                    String anchor = attrs.shared(NAME, strings);
                    if (!anchor.isEmpty()) anchors.add(anchor);
                    add(attrs, HREF, Reference.Kind.LINK);
                    add(attrs, XLINK_HREF, Reference.Kind.LINK);
                }
                case "area" -> add(attrs, HREF, Reference.Kind.LINK);
                case "link" -> {
                    int rel = rel(attrs.get(REL));
                    // Origin hints name a server, not a resource: there is nothing at the URL to find.
                    if ((rel & (REL_PRECONNECT | REL_DNS_PREFETCH)) != 0) break;
                    add(attrs, HREF, (rel & REL_STYLESHEET) != 0 ? Reference.Kind.STYLESHEET : Reference.Kind.LINK);
                    if ((rel & REL_ALTERNATE) != 0 && attrs.has(HREFLANG) && attrs.has(HREF)) {
                        alternates.add(new ParsedPage.Alternate(attrs.shared(HREFLANG, strings), attrs.shared(HREF, strings)));
                    }
                }
                case "img", "source" -> {
                    add(attrs, SRC, Reference.Kind.LINK);
                    if (attrs.has(SRCSET)) {
                        for (String url : Srcset.urls(attrs.get(SRCSET))) count(url, Reference.Kind.LINK);
                    }
                }
                case "script", "iframe", "frame", "embed", "track", "audio" -> add(attrs, SRC, Reference.Kind.LINK);
                case "video" -> {
                    add(attrs, SRC, Reference.Kind.LINK);
                    add(attrs, POSTER, Reference.Kind.LINK);
                }
                case "object" -> add(attrs, DATA, Reference.Kind.LINK);
                case "input" -> {
                    if ("image".equalsIgnoreCase(attrs.get(TYPE))) add(attrs, SRC, Reference.Kind.LINK);
                }
                case "use", "image" -> {
                    add(attrs, HREF, Reference.Kind.LINK);
                    add(attrs, XLINK_HREF, Reference.Kind.LINK);
                }
                case "meta" -> {
                    if ("refresh".equalsIgnoreCase(attrs.get(HTTP_EQUIV).strip())) {
                        String url = refreshUrl(attrs.get(CONTENT));
                        if (url != null) count(url, Reference.Kind.LINK);
                    }
                }
                case "base" -> {
                    // Only the first <base> with an href counts (HTML standard, "frozen base URL").
                    if (baseHref == null && attrs.has(HREF)) baseHref = attrs.get(HREF);
                }
                case "style" -> addCss(data(data));
                default -> {
                }
            }
        }

        private static String data(Object data) {
            return data instanceof Element el ? el.data() : data == null ? "" : data.toString();
        }

        ParsedPage done(String relPath) {
            Reference[] list = new Reference[size];
            for (int k = 0; k < size; k++) list[k] = new Reference(raws[k], kinds[k], counts[k]);
            return new ParsedPage(relPath, baseHref, List.of(list), Set.copyOf(anchors), List.copyOf(alternates), null);
        }

        private void add(Attributes attrs, int attr, Reference.Kind kind) {
            // An empty URL is the document itself: nothing that could break.
            String value = attrs.url(attr, strings);
            if (!value.isEmpty()) counted(value, kind);
        }

        private void count(String raw, Reference.Kind kind) {
            String value = UrlResolver.clean(raw);
            if (!value.isEmpty()) counted(strings.intern(value), kind);
        }

        /** Counts one occurrence of a shared, non-empty reference. */
        private void counted(String value, Reference.Kind kind) {
            int mask = slots.length - 1;
            int k = (value.hashCode() * 0x9E3779B9 + kind.ordinal()) >>> 7 & mask;
            while (true) {
                int at = slots[k] - 1;
                if (at < 0) break;
                if (raws[at] == value && kinds[at] == kind) {
                    counts[at]++;
                    return;
                }
                k = (k + 1) & mask;
            }
            if (size == raws.length) {
                raws = java.util.Arrays.copyOf(raws, size * 2);
                kinds = java.util.Arrays.copyOf(kinds, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            raws[size] = value;
            kinds[size] = kind;
            counts[size] = 1;
            size++;
            slots[k] = size;
            if (2 * size > slots.length) rehash();
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int at = 0; at < size; at++) {
                int k = (raws[at].hashCode() * 0x9E3779B9 + kinds[at].ordinal()) >>> 7 & mask;
                while (slots[k] != 0) k = (k + 1) & mask;
                slots[k] = at + 1;
            }
        }

        private void addCss(String css) {
            if (css.isEmpty() || (css.indexOf('(') < 0 && css.indexOf('@') < 0)) return;
            for (CssReferences.CssRef r : CssReferences.extract(css)) {
                count(r.url(), r.isImport() ? Reference.Kind.STYLESHEET : Reference.Kind.STYLE);
            }
        }
    }

    /** Fragment targets alone (ids and {@code <a name>}s), for HTML fetched from elsewhere. */
    static Set<String> anchors(Document doc) {
        Set<String> anchors = new HashSet<>();
        for (Element el : doc.getAllElements()) {
            String id = el.id();
            if (!id.isEmpty()) anchors.add(id);
            if (el.normalName().equals("a") && !el.attr("name").isEmpty()) anchors.add(el.attr("name"));
        }
        return Set.copyOf(anchors);
    }

    /** The {@code rel} keywords the check needs, as bits: its tokens are space-separated and ASCII case-insensitive. */
    private static int rel(String rel) {
        int bits = 0;
        int n = rel.length();
        for (int k = 0; k < n; k++) {
            // Kept exact for text outside ASCII by the general rule (a few letters lower-case to ASCII ones).
            if (rel.charAt(k) >= 0x80) return relOfTokens(rel);
        }
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(rel.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(rel.charAt(i))) i++;
            int len = i - start;
            if (len == 10 && rel.regionMatches(true, start, "preconnect", 0, 10)) bits |= REL_PRECONNECT;
            else if (len == 12 && rel.regionMatches(true, start, "dns-prefetch", 0, 12)) bits |= REL_DNS_PREFETCH;
            else if (len == 10 && rel.regionMatches(true, start, "stylesheet", 0, 10)) bits |= REL_STYLESHEET;
            else if (len == 9 && rel.regionMatches(true, start, "alternate", 0, 9)) bits |= REL_ALTERNATE;
        }
        return bits;
    }

    private static int relOfTokens(String rel) {
        Set<String> tokens = relTokens(rel);
        return (tokens.contains("preconnect") ? REL_PRECONNECT : 0) | (tokens.contains("dns-prefetch") ? REL_DNS_PREFETCH : 0)
                | (tokens.contains("stylesheet") ? REL_STYLESHEET : 0) | (tokens.contains("alternate") ? REL_ALTERNATE : 0);
    }

    /** The space-separated, case-insensitive tokens of a {@code rel} attribute. */
    private static Set<String> relTokens(String rel) {
        Set<String> tokens = new HashSet<>(4);
        String lower = rel.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(lower.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(lower.charAt(i))) i++;
            if (i > start) tokens.add(lower.substring(start, i));
        }
        return tokens;
    }

    /** The URL of {@code <meta http-equiv=refresh content="5; url=next.html">}, or null when it only reloads. */
    static String refreshUrl(String content) {
        int i = 0;
        int n = content.length();
        while (i < n && (Character.isDigit(content.charAt(i)) || content.charAt(i) == '.' || content.charAt(i) <= ' ')) i++;
        if (i >= n || (content.charAt(i) != ';' && content.charAt(i) != ',')) return null;
        i++;
        while (i < n && content.charAt(i) <= ' ') i++;
        if (content.regionMatches(true, i, "url", 0, 3)) {
            int j = i + 3;
            while (j < n && content.charAt(j) <= ' ') j++;
            if (j < n && content.charAt(j) == '=') {
                i = j + 1;
                while (i < n && content.charAt(i) <= ' ') i++;
            }
        }
        String url = content.substring(i);
        if (!url.isEmpty() && (url.charAt(0) == '"' || url.charAt(0) == '\'')) {
            int close = url.indexOf(url.charAt(0), 1);
            url = close < 0 ? url.substring(1) : url.substring(1, close);
        }
        url = url.strip();
        return url.isEmpty() ? null : url;
    }
}
