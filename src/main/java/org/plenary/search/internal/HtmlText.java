package org.plenary.search.internal;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The text of an HTML fragment, as jsoup gives it ({@code Jsoup.parse(html).body().text()}: decoded, whitespace
 * collapsed, a space where a block element starts or ends, {@code <pre>} kept as written, trimmed), read in one pass
 * over the markup instead of building a document.
 *
 * <p>Why: the search stage takes the text of every statement's rendered body in every language (14,000 fragments on
 * a 2,000-statement site), and jsoup's parser and document tree were most of the time spent extracting search text.
 * The fragments are the Markdown renderer's output, a small and regular part of HTML: lower-case known tags, nested
 * as written, attributes in double quotes, only the entities {@code &amp; &lt; &gt; &quot; &#39;}. For such markup
 * the HTML parser builds the tree exactly as the tags nest, and the text follows jsoup's rules
 * ({@code Element.text()}) on that tree. Anything else — another tag or entity, a tag not closed as opened, a
 * comment, a control character, a newline right after {@code <pre>} (which the parser drops) — is handed to jsoup
 * itself, so the result is always jsoup's.
 */
public final class HtmlText {
    /** Elements the fast path knows that jsoup lays out as blocks (its {@code Tag.isBlock}). */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td");
    /** Inline elements the fast path knows. */
    private static final Set<String> INLINES = Set.of("a", "em", "strong", "code", "img", "br");
    /** Elements with no end tag. */
    private static final Set<String> VOIDS = Set.of("br", "hr", "img");
    /** Blocks in which any block may open (the parser nests it there as written): none of p, h1…, pre. */
    private static final Set<String> CONTAINERS = Set.of("li", "blockquote", "th", "td");
    /** Elements that hold only certain elements and whitespace (anything else the parser moves elsewhere). */
    private static final java.util.Map<String, Set<String>> STRUCTURED = java.util.Map.of(
            "ul", Set.of("li"), "ol", Set.of("li"), "table", Set.of("thead", "tbody"), "thead", Set.of("tr"),
            "tbody", Set.of("tr"), "tr", Set.of("th", "td"));
    /** Elements that belong in a {@link #STRUCTURED} parent only. */
    private static final Set<String> CHILDREN = Set.of("li", "thead", "tbody", "tr", "th", "td");
    /** How far up jsoup looks for a {@code <pre>} ancestor of a text (the text's parent and five more). */
    private static final int PRESERVE_DEPTH = 6;

    private HtmlText() {
    }

    /** In: an HTML fragment (null or blank: none). Out: its text, as jsoup's {@code body().text()}; "" for none. */
    public static String of(String html) {
        if (html == null || html.isBlank()) return "";
        String fast = scan(html);
        return fast != null ? fast : Jsoup.parse(html).body().text();
    }

    /** The text by the fast path, or null when the markup is outside what it handles. */
    static String scan(String html) {
        char[] in = html.toCharArray();
        int n = in.length;
        // Characters go straight into an array: per-character StringBuilder calls cost several times more.
        Text out = new Text(n);
        String[] open = new String[16];
        int depth = 0;
        int i = 0;
        // Set by the end (or the void tag) of a block element: jsoup adds a space after it when its next sibling is
        // text or an inline element.
        boolean blockJustClosed = false;
        while (i < n) {
            String parent = depth == 0 ? null : open[depth - 1];
            if (in[i] == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) return null;
                boolean end = i + 1 < n && in[i + 1] == '/';
                int nameStart = end ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < close && isNameChar(in[nameEnd])) nameEnd++;
                if (nameEnd == nameStart) return null;
                char after = in[nameEnd];
                if (after != '>' && after != ' ' && after != '/') return null;
                String name = html.substring(nameStart, nameEnd);
                boolean block = BLOCKS.contains(name);
                if (!block && !INLINES.contains(name)) return null;
                if (end) {
                    if (nameEnd != close || depth == 0 || !parent.equals(name)) return null;
                    depth--;
                    blockJustClosed = block;
                    i = close + 1;
                    continue;
                }
                if (!plainAttributes(in, nameEnd, close)) return null;
                if (!nestedAsWritten(name, block, parent, open, depth)) return null;
                if (blockJustClosed && !block) out.space(); // an inline next sibling
                blockJustClosed = false;
                if ((block || name.equals("br")) && out.len > 0) out.space();
                if (VOIDS.contains(name)) {
                    blockJustClosed = block;
                } else {
                    if (in[close - 1] == '/') return null; // <p/> opens an element in HTML: not handled here
                    if (depth == open.length) open = Arrays.copyOf(open, depth * 2);
                    open[depth++] = name;
                    // The parser drops a newline right after <pre>: not reproduced here.
                    if (name.equals("pre") && close + 1 < n && (in[close + 1] == '\n' || in[close + 1] == '\r')) {
                        return null;
                    }
                }
                i = close + 1;
                continue;
            }
            // A text node: up to the next tag.
            int textEnd = html.indexOf('<', i);
            if (textEnd < 0) textEnd = n;
            if (parent != null && STRUCTURED.containsKey(parent) && !html.substring(i, textEnd).isBlank()) return null;
            if (blockJustClosed) out.space();
            blockJustClosed = false;
            if (!out.appendText(in, i, textEnd, preserved(open, depth))) return null;
            i = textEnd;
        }
        if (depth != 0) return null;
        return new String(out.chars, 0, out.len).trim();
    }

    /**
     * Whether the parser puts an element opened here where the tags say: a block only at the top or in a container
     * (never in a paragraph, heading, {@code <pre>} or inline element, which the parser would close or leave);
     * list items, table parts and cells only in their own parents, which hold nothing else; no link in a link.
     */
    private static boolean nestedAsWritten(String name, boolean block, String parent, String[] open, int depth) {
        Set<String> allowed = parent == null ? null : STRUCTURED.get(parent);
        if (allowed != null) return allowed.contains(name);
        if (CHILDREN.contains(name)) return false;
        if (block) return parent == null || CONTAINERS.contains(parent);
        return !name.equals("a") || !isOpen(open, depth, "a");
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isOpen(String[] open, int depth, String name) {
        for (int k = 0; k < depth; k++) {
            if (open[k].equals(name)) return true;
        }
        return false;
    }

    /**
     * Whether the rest of a start tag, {@code html[from, close)}, is attributes as the renderer writes them: names
     * with double-quoted values (or none), possibly a final {@code /}; no {@code <}, single quote or control
     * character anywhere, no {@code >} inside a value.
     */
    private static boolean plainAttributes(char[] in, int from, int close) {
        boolean quoted = false;
        for (int k = from; k < close; k++) {
            char c = in[k];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '<' || c == '\'' || c < 0x20 || c == 0x7F) {
                return false;
            } else if (!quoted && c == '=' && (k + 1 >= close || in[k + 1] != '"')) {
                return false; // an unquoted value
            }
        }
        // A '>' inside a quoted value would have ended the tag early: the quote would still be open.
        return !quoted;
    }

    /** Whether a text inside these open elements keeps its whitespace (a {@code <pre>} near enough above it). */
    private static boolean preserved(String[] open, int depth) {
        for (int k = depth - 1; k >= 0 && k >= depth - PRESERVE_DEPTH; k--) {
            if (open[k].equals("pre")) return true;
        }
        return false;
    }

    /** The text being written: {@code chars[0 .. len)}. */
    private static final class Text {
        char[] chars;
        int len;

        Text(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        private void room(int n) {
            if (len + n > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, len + n));
        }

        boolean endsWithSpace() {
            return len > 0 && chars[len - 1] == ' ';
        }

        /** A space unless the text ends with one (jsoup's rule between blocks). */
        void space() {
            if (endsWithSpace()) return;
            room(1);
            chars[len++] = ' ';
        }

        /**
         * Appends the decoded text {@code in[from, to)}: as written inside {@code <pre>}, else with each run of
         * whitespace (space, tab, newline, no-break space) as one space, none at the start when the text so far ends
         * with one, and zero-width spaces and soft hyphens left out (jsoup's {@code appendNormalisedWhitespace}).
         * False for a character or entity the fast path does not handle.
         */
        boolean appendText(char[] in, int from, int to, boolean preserve) {
            room(to - from);
            char[] o = chars;
            int l = len;
            boolean stripLeading = endsWithSpace();
            boolean lastWasWhite = false;
            boolean reachedNonWhite = false;
            for (int k = from; k < to; k++) {
                char c = in[k];
                if (c == '&') {
                    int semi = k + 1;
                    while (semi < to && semi - k <= 5 && in[semi] != ';') semi++;
                    if (semi >= to || in[semi] != ';') return false;
                    c = entity(in, k + 1, semi);
                    if (c == 0) return false;
                    k = semi;
                } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
                    return false; // the parser's handling of these is not reproduced
                } else if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || k + 1 >= to || !Character.isLowSurrogate(in[k + 1])) return false;
                    o[l++] = c; // a pair: never white, never invisible
                    o[l++] = in[++k];
                    lastWasWhite = false;
                    reachedNonWhite = true;
                    continue;
                }
                if (preserve) {
                    o[l++] = c;
                } else if (c == ' ' || c == '\t' || c == '\n' || c == 160) {
                    if ((stripLeading && !reachedNonWhite) || lastWasWhite) continue;
                    o[l++] = ' ';
                    lastWasWhite = true;
                } else if (c != 8203 && c != 173) {
                    o[l++] = c;
                    lastWasWhite = false;
                    reachedNonWhite = true;
                }
            }
            len = l;
            return true;
        }

        /** The character of an entity {@code in[from, to)} (between {@code &} and {@code ;}), 0 if not handled. */
        private static char entity(char[] in, int from, int to) {
            return switch (new String(in, from, to - from)) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "#39" -> '\'';
                default -> 0;
            };
        }
    }
}
