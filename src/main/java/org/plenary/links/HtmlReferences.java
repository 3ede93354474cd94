package org.plenary.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Parses a file (charset from BOM or {@code <meta charset>}, else UTF-8) and extracts what links need. */
    static ParsedPage parse(Path file, String relPath) {
        Document doc;
        try {
            // Decoding ourselves and parsing a String measured 1.5-3x faster than jsoup's own file loading,
            // which first parses the start of the file to look for a charset declaration.
            doc = Jsoup.parse(PageCharset.decode(Files.readAllBytes(file)), "");
        } catch (IOException | RuntimeException e) {
            return ParsedPage.unreadable(relPath, "cannot read page: " + e.getMessage());
        }
        return extract(doc, relPath);
    }

    static ParsedPage extract(Document doc, String relPath) {
        Collector c = new Collector(null);
        JsoupAttributes attrs = new JsoupAttributes();
        for (Element el : doc.getAllElements()) {
            attrs.el = el;
            c.element(el.normalName(), attrs, el.attributesSize() == 0 ? null : el, el);
        }
        return c.done(relPath);
    }

    /**
     * Parses an HTML page held in memory, as {@link #parse} would parse its file: with {@link HtmlScanner} when the
     * page is one whose elements the scanner can tell exactly, else with jsoup.
     *
     * @param interner shares equal strings between pages (references repeat across a site), or null
     */
    static ParsedPage parse(String html, String relPath, java.util.function.UnaryOperator<String> interner) {
        ParsedPage p = HtmlScanner.scan(html, relPath, interner);
        return p != null ? p : parseFully(html, relPath, interner);
    }

    /** Parses an HTML page held in memory with jsoup. */
    static ParsedPage parseFully(String html, String relPath, java.util.function.UnaryOperator<String> interner) {
        try {
            Collector c = new Collector(interner);
            JsoupAttributes attrs = new JsoupAttributes();
            for (Element el : Jsoup.parse(html, "").getAllElements()) {
                attrs.el = el;
                c.element(el.normalName(), attrs, el.attributesSize() == 0 ? null : el, el);
            }
            return c.done(relPath);
        } catch (RuntimeException e) {
            return ParsedPage.unreadable(relPath, "cannot read page: " + e.getMessage());
        }
    }

    /** An element's attributes, by lower-case name. */
    interface Attributes {
        boolean has(String name);

        /** The value, "" when absent or without a value. */
        String get(String name);
    }

    private static final class JsoupAttributes implements Attributes {
        Element el;

        @Override
        public boolean has(String name) {
            return el.hasAttr(name);
        }

        @Override
        public String get(String name) {
            return el.attr(name);
        }
    }

    /**
     * What link checking needs, collected element by element in document order: the one definition of which
     * attributes of which elements are references, shared by the DOM walk and {@link HtmlScanner}.
     */
    static final class Collector {
        private final Map<Key, Integer> refs = new LinkedHashMap<>();
        private final Set<String> anchors = new HashSet<>();
        private final List<ParsedPage.Alternate> alternates = new ArrayList<>();
        private final java.util.function.UnaryOperator<String> interner;
        private String baseHref;

        Collector(java.util.function.UnaryOperator<String> interner) {
            this.interner = interner == null ? java.util.function.UnaryOperator.identity() : interner;
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
            String id = attrs.get("id");
            if (!id.isEmpty()) anchors.add(interner.apply(id));
            if (attrs.has("style")) addCss(attrs.get("style"));
            switch (name) {
                case "a" -> {
                    if (attrs.has("name") && !attrs.get("name").isEmpty()) anchors.add(interner.apply(attrs.get("name")));
                    add(attrs, "href", Reference.Kind.LINK);
                    add(attrs, "xlink:href", Reference.Kind.LINK);
                }
                case "area" -> add(attrs, "href", Reference.Kind.LINK);
                case "link" -> {
                    Set<String> rel = relTokens(attrs.get("rel"));
                    // Origin hints name a server, not a resource: there is nothing at the URL to find.
                    if (rel.contains("preconnect") || rel.contains("dns-prefetch")) break;
                    add(attrs, "href", rel.contains("stylesheet") ? Reference.Kind.STYLESHEET : Reference.Kind.LINK);
                    if (rel.contains("alternate") && attrs.has("hreflang") && attrs.has("href")) {
                        alternates.add(new ParsedPage.Alternate(interner.apply(attrs.get("hreflang")), interner.apply(attrs.get("href"))));
                    }
                }
                case "img", "source" -> {
                    add(attrs, "src", Reference.Kind.LINK);
                    if (attrs.has("srcset")) {
                        for (String url : Srcset.urls(attrs.get("srcset"))) count(url, Reference.Kind.LINK);
                    }
                }
                case "script", "iframe", "frame", "embed", "track", "audio" -> add(attrs, "src", Reference.Kind.LINK);
                case "video" -> {
                    add(attrs, "src", Reference.Kind.LINK);
                    add(attrs, "poster", Reference.Kind.LINK);
                }
                case "object" -> add(attrs, "data", Reference.Kind.LINK);
                case "input" -> {
                    if ("image".equalsIgnoreCase(attrs.get("type"))) add(attrs, "src", Reference.Kind.LINK);
                }
                case "use", "image" -> {
                    add(attrs, "href", Reference.Kind.LINK);
                    add(attrs, "xlink:href", Reference.Kind.LINK);
                }
                case "meta" -> {
                    if ("refresh".equalsIgnoreCase(attrs.get("http-equiv").strip())) {
                        String url = refreshUrl(attrs.get("content"));
                        if (url != null) count(url, Reference.Kind.LINK);
                    }
                }
                case "base" -> {
                    // Only the first <base> with an href counts (HTML standard, "frozen base URL").
                    if (baseHref == null && attrs.has("href")) baseHref = attrs.get("href");
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
            List<Reference> list = new ArrayList<>(refs.size());
            refs.forEach((k, n) -> list.add(new Reference(k.raw, k.kind, n)));
            return new ParsedPage(relPath, baseHref, List.copyOf(list), Set.copyOf(anchors), List.copyOf(alternates), null);
        }

        private void add(Attributes attrs, String attr, Reference.Kind kind) {
            if (!attrs.has(attr)) return;
            // An empty URL is the document itself: nothing that could break.
            count(attrs.get(attr), kind);
        }

        private void count(String raw, Reference.Kind kind) {
            String value = UrlResolver.clean(raw);
            if (value.isEmpty()) return;
            refs.merge(new Key(interner.apply(value), kind), 1, Integer::sum);
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

    private record Key(String raw, Reference.Kind kind) {
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
