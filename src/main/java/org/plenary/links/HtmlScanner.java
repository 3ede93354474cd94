package org.plenary.links;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * A fast path for {@link HtmlReferences}: reads the elements of an HTML page with the HTML standard's tokenizer rules
 * (tags, attributes and their character references, comments, raw-text elements) in one pass over the page's UTF-8
 * bytes, without decoding the page or building a tree, and hands each element to the same
 * {@link HtmlReferences.Collector} the DOM walk uses.
 *
 * <p>Markup is ASCII, so tags, attribute names and the boundaries of values are found on the bytes themselves (a byte
 * of a multi-byte sequence is never mistaken for ASCII: all of them are 0x80 or above). Only what is needed as a
 * string is decoded: attribute values the collector asks for (shared through {@link SharedStrings} straight from the
 * bytes), the CSS of {@code <style>} and the text of {@code <script>}, the doctype.
 *
 * <p>Link checking needs only the elements and their attributes, not their nesting. Tree construction changes that
 * set in a few situations only: start tags it ignores ({@code <tr>} outside a table, a second {@code <form>} or
 * {@code <body>}, anything but options in a {@code <select>}), elements it renames ({@code <image>}), formatting
 * elements it clones when they are misnested ({@code <b><p>x</b>}), foreign content ({@code <math>}, HTML inside
 * SVG), {@code <template>}, and so on. The scanner keeps a stack of open elements to recognise every such situation,
 * and gives up ({@code null}) rather than guess: the page is then parsed with jsoup. Well-formed pages (every
 * element closed in order, as the generator writes them) never need the fallback, so their results are jsoup's,
 * several times faster. {@code HtmlScannerTest} compares the two on the link-check cases, on the traps of tree
 * construction and on thousands of generated malformed documents; {@code InWriteLinkCheckTest} on a whole site.
 */
final class HtmlScanner {
    // What the HTML standard's tree construction does with an element, as bits.
    private static final int VOID = 1;
    private static final int FORMATTING = 1 << 1;
    /** Start tags whose handling depends on more than a stack of names: left to the full parser. */
    private static final int GIVE_UP = 1 << 2;
    /** Closed by the next sibling or their parent's end tag ("generate implied end tags"). */
    private static final int IMPLIED_END = 1 << 3;
    private static final int TABLE_PART = 1 << 4;
    /** Start tags that close an open {@code <p>} ("in body" insertion mode). */
    private static final int CLOSES_P = 1 << 5;
    /** The boundaries of "has a p element in button scope". */
    private static final int BUTTON_SCOPE = 1 << 6;
    /** The special elements that stop the search for an open {@code <li>}, {@code <dd>} or {@code <dt>}. */
    private static final int SPECIAL = 1 << 7;
    /** Raw text and RCDATA elements: their content is not markup. */
    private static final int RAW = 1 << 8;
    /** Elements that may stay in {@code <head>}; any other start tag there opens the body. */
    private static final int HEAD_CONTENT = 1 << 9;
    /** HTML start tags that end SVG content ("breakout" tags of the foreign-content rules). */
    private static final int BREAKOUT = 1 << 10;
    /** SVG elements whose content is HTML. */
    private static final int SVG_INTEGRATION = 1 << 11;
    /** Where a start tag other than table structure is fostered out of the table. */
    private static final int TABLE_CONTEXT = 1 << 12;
    private static final int HEADING = 1 << 13;

    private static final Names NAMES = new Names();

    // What a byte is to the tokenizer, as bits of BYTE_CLASS: one load per byte in the name loops instead of a chain of
    // comparisons (under the launcher's C1-only JIT, these loops are most of a page's scan).
    /** ASCII whitespace of the HTML standard (CR is refused before scanning, but counted). */
    private static final int SPACE = 1;
    /** Ends a tag or attribute name: whitespace, '/' or '>'. */
    private static final int NAME_END = 1 << 1;
    /** A-Z. */
    private static final int UPPER = 1 << 2;
    /** a-z, 0-9, '-' (a tag name's bytes once lower-cased). */
    private static final int TAG_NAME = 1 << 3;
    /** What an attribute name may hold here: a tag name's bytes and '_', ':', '.'. */
    private static final int ATTRIBUTE_NAME = 1 << 4;
    private static final byte[] BYTE_CLASS = new byte[256];

    static {
        for (char ch : new char[] {' ', '\n', '\t', '\f', '\r'}) BYTE_CLASS[ch] |= SPACE | NAME_END;
        BYTE_CLASS['/'] |= NAME_END;
        BYTE_CLASS['>'] |= NAME_END;
        for (char ch = 'A'; ch <= 'Z'; ch++) BYTE_CLASS[ch] |= UPPER;
        for (char ch = 'a'; ch <= 'z'; ch++) BYTE_CLASS[ch] |= TAG_NAME | ATTRIBUTE_NAME;
        for (char ch = '0'; ch <= '9'; ch++) BYTE_CLASS[ch] |= TAG_NAME | ATTRIBUTE_NAME;
        BYTE_CLASS['-'] |= TAG_NAME | ATTRIBUTE_NAME;
        for (char ch : new char[] {'_', ':', '.'}) BYTE_CLASS[ch] |= ATTRIBUTE_NAME;
    }

    static {
        NAMES.flag(VOID, "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                "wbr", "param", "keygen", "basefont", "bgsound");
        NAMES.flag(FORMATTING, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
        NAMES.flag(GIVE_UP, "image", "isindex", "frameset", "frame", "math", "template", "plaintext", "rb", "rp", "rt",
                "rtc", "menuitem", "listing");
        NAMES.flag(IMPLIED_END, "dd", "dt", "li", "optgroup", "option", "p");
        NAMES.flag(TABLE_PART, "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th");
        NAMES.flag(CLOSES_P, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
                "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search",
                "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "table", "hr", "xmp", "li",
                "dd", "dt");
        NAMES.flag(BUTTON_SCOPE, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button");
        NAMES.flag(SPECIAL, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
                "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt",
                "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4",
                "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
                "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p",
                "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table",
                "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
        NAMES.flag(RAW, "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "script");
        NAMES.flag(HEAD_CONTENT, "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "title",
                "noscript");
        NAMES.flag(BREAKOUT, "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
                "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
                "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
                "font");
        NAMES.flag(SVG_INTEGRATION, "foreignobject", "desc", "title");
        NAMES.flag(TABLE_CONTEXT, "table", "thead", "tbody", "tfoot", "tr", "colgroup");
        NAMES.flag(HEADING, "h1", "h2", "h3", "h4", "h5", "h6");
        // Names compared by identity below, and common ones worth not allocating.
        NAMES.flag(0, "html", "head", "body", "svg", "select", "option", "optgroup", "noscript", "span", "label", "nav",
                "circle", "path", "rect", "line", "polyline", "polygon", "g", "text", "tspan", "use", "ellipse", "defs",
                "symbol", "lineargradient", "stop", "time", "bdi", "abbr", "small", "sup", "sub", "mark", "figure", "data",
                "output", "progress", "meter", "dfn", "kbd", "samp", "var", "cite", "q", "ins", "del", "picture", "video",
                "audio", "canvas", "map", "object", "embed", "legend", "datalist");
    }

    /** Thrown to abandon the fast path. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP_NOW = new GiveUp();

    /** The page's UTF-8 bytes; the page is {@code c[start of scan, n)}. */
    private final byte[] c;
    private final int n;
    private final HtmlReferences.Collector out;
    private final Attrs attrs;
    // The stack of open elements: names (canonical strings for known names), their flags, whether SVG.
    private String[] names = new String[32];
    private int[] flags = new int[32];
    private boolean[] svg = new boolean[32];
    private int depth;
    // How many of these HTML elements are open, instead of searching the stack.
    private int openA;
    private int openNobr;
    private int openForm;
    private int openSelect;
    private int openTable;
    private int i;
    private boolean noQuirks;
    private boolean sawHtml;
    private boolean sawHead;
    private boolean bodyStarted;
    private boolean sawBody;
    private boolean formPointer;
    private int elements;
    // The tag just read.
    private String tag;
    private int tagFlags;

    private HtmlScanner(byte[] utf8, int from, int to, SharedStrings strings) {
        this.c = utf8;
        this.i = from;
        this.n = to;
        this.out = new HtmlReferences.Collector(strings);
        this.attrs = new Attrs(c);
    }

    /**
     * The page's references, anchors, alternates and base, exactly as {@link HtmlReferences#extract} finds them in
     * jsoup's DOM of the text these bytes encode ({@code new String(utf8, from, to - from, UTF_8)}); or null when the
     * page needs the full parser: markup whose tree the scanner cannot tell, a CR or NUL (input preprocessing and NUL
     * replacement are not reproduced here), or bytes that are not valid UTF-8 (let the fallback decode them as the
     * file's reader does).
     *
     * @param utf8    holds the page as UTF-8 in {@code [from, to)}; a byte order mark there is read as the character
     *                U+FEFF, as in the string (the caller strips it, or decodes pages that have one: {@link PageCharset})
     * @param strings shares equal strings between pages, or null
     */
    static ParsedPage scan(byte[] utf8, int from, int to, String relPath, SharedStrings strings) {
        if (!isPlainUtf8(utf8, from, to)) return null;
        HtmlScanner sc = new HtmlScanner(utf8, from, to, strings);
        try {
            sc.run();
        } catch (GiveUp e) {
            return null;
        }
        return sc.out.done(relPath);
    }

    /** {@link #scan} of a whole array. */
    static ParsedPage scan(byte[] utf8, String relPath, SharedStrings strings) {
        return scan(utf8, 0, utf8.length, relPath, strings);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    /**
     * Whether {@code b[from, to)} is valid UTF-8 (the Unicode standard's well-formed sequences: no overlong form, no
     * encoded surrogate, nothing past U+10FFFF, no truncated sequence) without CR or NUL.
     */
    static boolean isPlainUtf8(byte[] b, int from, int to) {
        int k = from;
        while (k < to) {
            // Eight bytes at a time while they are ASCII without NUL or CR (most of a page): a quarter less time than
            // byte by byte on the pages of corpus M under the launcher's C1-only JIT.
            while (k + 8 <= to) {
                long w = (long) LONGS.get(b, k);
                long cr = w ^ 0x0D0D0D0D0D0D0D0DL;
                // Any byte with its high bit set, any zero byte of w (NUL) or of cr (CR).
                if (((w | ((w - LOW) & ~w) | ((cr - LOW) & ~cr)) & HIGH) != 0) break;
                k += 8;
            }
            if (k >= to) break;
            int c = b[k];
            if (c > '\r') { // most bytes: ASCII above CR
                k++;
                continue;
            }
            if (c >= 0) {
                if (c == '\r' || c == 0) return false;
                k++;
                continue;
            }
            int lead = c & 0xFF;
            // The second byte's range depends on the lead byte; later ones are any continuation byte.
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                len = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                len = 3;
                if (lead == 0xE0) lo = 0xA0; // overlong below U+0800
                if (lead == 0xED) hi = 0x9F; // surrogates
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                len = 4;
                if (lead == 0xF0) lo = 0x90; // overlong below U+10000
                if (lead == 0xF4) hi = 0x8F; // past U+10FFFF
            } else {
                return false; // a continuation byte without a lead, an overlong lead (C0, C1), or F5-FF
            }
            if (k + len > to) return false;
            int second = b[k + 1] & 0xFF;
            if (second < lo || second > hi) return false;
            for (int j = 2; j < len; j++) {
                if ((b[k + j] & 0xC0) != 0x80) return false;
            }
            k += len;
        }
        return true;
    }

    private static GiveUp giveUp() {
        return GIVE_UP_NOW;
    }

    private void run() {
        byte[] c = this.c;
        int n = this.n;
        while (i < n) {
            int lt = i;
            while (lt < n && c[lt] != '<') lt++;
            if (!bodyStarted) text(i, lt);
            if (lt + 1 >= n) return;
            i = lt;
            byte d = c[i + 1];
            if (d == '!') {
                markupDeclaration();
            } else if (d == '/') {
                byte e = i + 2 < n ? c[i + 2] : 0;
                if (isAsciiLetter(e)) {
                    i += 2;
                    tagName();
                    attributes(); // an end tag's attributes are dropped
                    endTag(tag, tagFlags);
                } else if (e == '>') {
                    i += 3;
                } else {
                    throw giveUp(); // bogus comment, or end of file
                }
            } else if (isAsciiLetter(d)) {
                i += 1;
                tagName();
                boolean selfClosing = attributes();
                startTag(tag, tagFlags, selfClosing);
            } else if (d == '?') {
                throw giveUp();
            } else {
                if (!bodyStarted) text(i, i + 1);
                i += 1; // a '<' that starts no tag is text
            }
        }
    }

    /** Text other than white space ends the head and starts the body, as an element would. */
    private void text(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isSpace(c[k])) {
                if (depth > 0 && names[depth - 1] == "head") pop();
                bodyStarted = true;
                return;
            }
        }
    }

    private void markupDeclaration() {
        if (startsWith("<!--", i)) {
            int from = i + 4;
            if (startsWith(">", from) || startsWith("->", from)) throw giveUp(); // abrupt end of an empty comment
            int end = find("-->", from);
            if (end < 0) throw giveUp();
            int bang = find("--!>", from);
            if (bang >= 0 && bang < end) throw giveUp();
            i = end + 3;
        } else if (regionMatchesIgnoreCase(i, "<!doctype")) {
            int end = i;
            while (end < n && c[end] != '>') end++;
            if (end >= n) throw giveUp();
            String body = new String(c, i + 9, end - i - 9, StandardCharsets.UTF_8).strip();
            if (body.indexOf('"') >= 0 || body.indexOf('\'') >= 0) throw giveUp();
            noQuirks = body.equalsIgnoreCase("html");
            i = end + 1;
        } else {
            throw giveUp(); // CDATA sections, bogus comments
        }
    }

    /** Reads a tag name from {@code i} into {@link #tag}, lower-cased; only ASCII letters, digits and '-'. */
    private void tagName() {
        byte[] c = this.c;
        int n = this.n;
        int start = i;
        int e = start;
        boolean upper = false;
        int h = 0;
        while (e < n) {
            int d = c[e] & 0xFF;
            int cl = BYTE_CLASS[d];
            if ((cl & NAME_END) != 0) break;
            if ((cl & UPPER) != 0) {
                upper = true;
                d += 32;
            } else if ((cl & TAG_NAME) == 0) {
                throw giveUp();
            }
            h = 31 * h + d;
            e++;
        }
        i = e;
        if (e >= n) throw giveUp(); // end of file in a tag: the tag is dropped
        int k = NAMES.find(c, start, e, upper, h);
        if (k >= 0) {
            tag = NAMES.names[k];
            tagFlags = NAMES.flags[k];
        } else {
            String name = new String(c, start, i - start, StandardCharsets.US_ASCII); // checked above
            tag = upper ? name.toLowerCase(Locale.ROOT) : name;
            tagFlags = 0;
        }
    }

    /**
     * Reads attributes up to and including the tag's '>' into {@link #attrs}; duplicates after the first are dropped.
     *
     * @return whether the tag ends with "/>"
     */
    private boolean attributes() {
        // The position is kept in a local (the field is written back on return): C1 keeps neither a field nor the
        // array's length in a register across a loop.
        byte[] c = this.c;
        int n = this.n;
        int i = this.i;
        attrs.clear();
        try {
            while (true) {
                while (i < n && isSpace(c[i])) i++;
                if (i >= n) throw giveUp();
                byte d = c[i];
                if (d == '>') {
                    i++;
                    return false;
                }
                if (d == '/') {
                    i++;
                    if (i < n && c[i] == '>') {
                        i++;
                        return true;
                    }
                    continue; // a stray '/' is ignored
                }
                int start = i;
                boolean upper = false;
                int h = 0;
                while (i < n) {
                    int b = c[i] & 0xFF;
                    int cl = BYTE_CLASS[b];
                    if ((cl & NAME_END) != 0 || (b == '=' && i > start)) break;
                    if ((cl & UPPER) != 0) {
                        upper = true;
                        b += 32;
                    } else if ((cl & ATTRIBUTE_NAME) == 0) {
                        throw giveUp();
                    }
                    h = 31 * h + b;
                    i++;
                }
                if (i >= n) throw giveUp();
                int nameEnd = i;
                while (i < n && isSpace(c[i])) i++;
                if (i >= n) throw giveUp();
                int vs = 0;
                int ve = 0;
                if (c[i] == '=') {
                    i++;
                    while (i < n && isSpace(c[i])) i++;
                    if (i >= n) throw giveUp();
                    byte q = c[i];
                    if (q == '"' || q == '\'') {
                        int end = i + 1;
                        while (end < n && c[end] != q) end++;
                        if (end >= n) throw giveUp();
                        vs = i + 1;
                        ve = end;
                        i = end + 1;
                    } else if (q != '>') {
                        // '"', '\'', '<', '=' and '`' are errors here but still part of the value, in jsoup too.
                        vs = i;
                        while (i < n && c[i] != '>' && !isSpace(c[i])) i++;
                        if (i >= n) throw giveUp();
                        ve = i;
                    }
                }
                attrs.add(start, nameEnd, upper, h, vs, ve);
            }
        } finally {
            this.i = i;
        }
    }

    private String current() {
        return depth == 0 ? null : names[depth - 1];
    }

    private int currentFlags() {
        return depth == 0 ? 0 : flags[depth - 1];
    }

    private boolean inSvg() {
        return depth > 0 && svg[depth - 1];
    }

    private void push(String name, int f, boolean isSvg) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            flags = Arrays.copyOf(flags, depth * 2);
            svg = Arrays.copyOf(svg, depth * 2);
        }
        names[depth] = name;
        flags[depth] = f;
        svg[depth] = isSvg;
        depth++;
        if (!isSvg) count(name, 1);
    }

    private void pop() {
        depth--;
        if (!svg[depth]) count(names[depth], -1);
    }

    /** Pops the current node; a formatting element or form closed without its own end tag would change the tree. */
    private void popImplied() {
        if ((flags[depth - 1] & FORMATTING) != 0 || names[depth - 1] == "form") throw giveUp();
        pop();
    }

    private void count(String name, int d) {
        if (name == "a") openA += d;
        else if (name == "nobr") openNobr += d;
        else if (name == "form") openForm += d;
        else if (name == "select") openSelect += d;
        else if (name == "table") openTable += d;
    }

    /** Position of the nearest open HTML element {@code name} on the stack, or -1. */
    private int indexOf(String name) {
        for (int k = depth - 1; k >= 0; k--) {
            if (!svg[k] && names[k].equals(name)) return k;
        }
        return -1;
    }

    private void startTag(String name, int f, boolean selfClosing) {
        if (inSvg()) {
            svgStartTag(name, f, selfClosing);
            return;
        }
        if ((f & GIVE_UP) != 0) throw giveUp();
        if (selfClosing && (f & VOID) == 0 && name != "svg") throw giveUp();
        if (openSelect > 0) {
            selectStartTag(name, f);
            return;
        }
        if (name == "html") {
            if (sawHtml || elements > 0) throw giveUp(); // a later <html> adds its attributes to the first
            sawHtml = true;
            element(name, null);
            push(name, f, false);
            return;
        }
        if (name == "head") {
            // After any other element, the head already exists (implied) and this tag is ignored.
            if (sawHead || bodyStarted || elements > (sawHtml ? 1 : 0)) throw giveUp();
            sawHead = true;
            element(name, null);
            push(name, f, false);
            return;
        }
        if (name == "body") {
            if (sawBody || bodyStarted) throw giveUp(); // a second <body> adds its attributes to the first
            if (current() == "head") pop();
            if (!(depth == 0 || depth == 1 && current() == "html")) throw giveUp();
            sawBody = true;
            bodyStarted = true;
            element(name, null);
            push(name, f, false);
            return;
        }
        if (current() == "head" && (f & HEAD_CONTENT) == 0) pop(); // the head ends where body content starts
        // jsoup and the HTML standard part ways on what a <noscript> in the head may hold.
        if (name == "noscript" && !bodyStarted) throw giveUp();
        if ((f & HEAD_CONTENT) == 0) bodyStarted = true;
        if ((f & TABLE_PART) != 0) {
            tablePart(name);
        } else {
            if (name == "a" && openA > 0) throw giveUp(); // the adoption agency closes the open <a>
            if (name == "nobr" && openNobr > 0) throw giveUp();
            if (name == "form" && (formPointer || openForm > 0)) throw giveUp(); // a nested form is ignored
            if (name == "table" && !noQuirks) throw giveUp(); // quirks mode: <table> does not close <p>
            if ((currentFlags() & TABLE_CONTEXT) != 0 && !inSvg() && name != "script" && name != "style" && name != "input") {
                throw giveUp(); // fostered out of the table, or a table inside a table: the stack is reshaped
            }
            if (name == "li") closeListItem(name, null);
            if (name == "dd" || name == "dt") closeListItem("dd", "dt");
            if (name == "button" && inScope("button")) popTo("button");
            if ((f & CLOSES_P) != 0) closeP();
            if ((f & HEADING) != 0 && (currentFlags() & HEADING) != 0 && !inSvg()) pop();
            if ((name == "option" || name == "optgroup") && current() == "option") pop();
            if (name == "form") formPointer = true;
        }
        if (name == "svg") {
            element(name, null);
            if (!selfClosing) push(name, f, true);
            return;
        }
        if ((f & RAW) != 0) {
            rawText(name, f);
            return;
        }
        element(name, null);
        if ((f & VOID) == 0) push(name, f, false);
    }

    /** In a {@code <select>} only options, option groups and scripts are kept; other start tags are dropped or close it. */
    private void selectStartTag(String name, int f) {
        if (name == "option") {
            if (current() == "option") pop();
        } else if (name == "optgroup") {
            if (current() == "option") pop();
            if (current() == "optgroup") pop();
        } else if (name == "script") {
            rawText(name, f);
            return;
        } else {
            throw giveUp();
        }
        element(name, null);
        push(name, f, false);
    }

    /** End tags in a {@code <select>}: only its own, its options' and groups' count; others are dropped. */
    private void selectEndTag(String name) {
        if (name == "option") {
            if (current() == "option") pop();
        } else if (name == "optgroup") {
            if (current() == "option" && depth >= 2 && names[depth - 2] == "optgroup") pop();
            if (current() == "optgroup") pop();
        } else if (name == "select") {
            while (current() != "select") pop();
            pop();
        } else if (name == "script") {
            if (current() == "script") pop();
        }
    }

    /** Table structure must be explicit and in place: anything else is fostered or ignored by tree construction. */
    private void tablePart(String name) {
        if (openTable == 0) throw giveUp();
        String cur = current();
        boolean ok = switch (name) {
            case "caption", "colgroup", "thead", "tbody", "tfoot" -> cur == "table";
            case "col" -> cur == "colgroup" || cur == "table";
            case "tr" -> cur == "table" || cur == "thead" || cur == "tbody" || cur == "tfoot";
            default -> cur == "tr"; // td, th
        };
        if (!ok || inSvg()) throw giveUp();
    }

    private void svgStartTag(String name, int f, boolean selfClosing) {
        if ((currentFlags() & SVG_INTEGRATION) != 0) throw giveUp(); // HTML inside SVG
        // SVG's own <title> holds text; <script> and <style> are data or text depending on the parser; HTML elements
        // end the SVG element. Left to the full parser.
        if ((f & (BREAKOUT | GIVE_UP)) != 0 || ((f & RAW) != 0 && name != "title") || name == "noscript" || name == "select") {
            throw giveUp();
        }
        element(name, null);
        if (!selfClosing) push(name, f, true);
    }

    /** Reads a raw-text or RCDATA element's content up to its end tag; a {@code style}'s content is its CSS. */
    private void rawText(String name, int f) {
        int from = i;
        int end = from;
        int len = name.length();
        while (true) {
            end = findEndTag(name, end);
            if (end < 0) throw giveUp(); // unterminated: runs to the end of the file
            int after = end + 2 + len;
            if (after < n && (isSpace(c[after]) || c[after] == '/' || c[after] == '>')) break;
            end = after;
        }
        // A script's text is not read by the collector: only whether it holds "<!--" (script data escape states).
        if (name == "script" && find("<!--", from, end) >= 0) throw giveUp();
        element(name, name == "style" ? new String(c, from, end - from, StandardCharsets.UTF_8) : null);
        i = end;
        push(name, f, false); // its end tag, read next, pops it
    }

    /** Where {@code </name} (any case) starts, from {@code from}, or -1. */
    private int findEndTag(String name, int from) {
        int len = name.length();
        for (int k = from; k + 2 + len <= n; k++) {
            if (c[k] != '<' || c[k + 1] != '/') continue;
            boolean match = true;
            for (int j = 0; j < len; j++) {
                int d = c[k + 2 + j];
                if (d >= 'A' && d <= 'Z') d += 32;
                if (d != name.charAt(j)) {
                    match = false;
                    break;
                }
            }
            if (match) return k;
        }
        return -1;
    }

    private void element(String name, String data) {
        elements++;
        out.element(name, attrs, attrs.any ? attrs : null, data);
    }

    private boolean inScope(String name) {
        for (int k = depth - 1; k >= 0; k--) {
            if (svg[k]) {
                if ((flags[k] & SVG_INTEGRATION) != 0) return false;
                continue;
            }
            if (names[k] == name) return true;
            if ((flags[k] & BUTTON_SCOPE) != 0) return false;
        }
        return false;
    }

    /** "Close a p element" when one is in button scope. */
    private void closeP() {
        if (inScope("p")) popTo("p");
    }

    /** Pops up to and including the nearest open {@code name}. */
    private void popTo(String name) {
        while (true) {
            if (inSvg()) throw giveUp();
            if (current() == name) {
                pop();
                return;
            }
            popImplied();
        }
    }

    /** A new list item (or dd/dt) closes the open one, unless a special element other than address/div/p is nearer. */
    private void closeListItem(String a, String b) {
        for (int k = depth - 1; k >= 0; k--) {
            String e = names[k];
            if (svg[k]) throw giveUp();
            if (e == a || e == b) {
                popTo(e);
                return;
            }
            if ((flags[k] & SPECIAL) != 0 && e != "address" && e != "div" && e != "p") return;
        }
    }

    private void endTag(String name, int f) {
        if (inSvg()) {
            if (!name.equals(current())) throw giveUp();
            pop();
            return;
        }
        if (openSelect > 0) {
            selectEndTag(name);
            return;
        }
        if (name == "body" || name == "html" || name == "br") {
            return; // after </body> content still goes into the body; </br> is a <br> without attributes
        }
        if (name == "p") {
            closeP(); // without an open p, an empty <p> is made: it has no attributes
            return;
        }
        if (name == "form") {
            formPointer = false;
            if (openForm == 0) return;
            if (current() != "form") throw giveUp();
            pop();
            return;
        }
        if (depth > 0 && name.equals(names[depth - 1])) {
            pop();
            return;
        }
        int k = indexOf(name);
        if (k < 0) {
            if ((f & (FORMATTING | TABLE_PART)) != 0 || name == "table") throw giveUp();
            return; // an end tag for nothing open is ignored
        }
        if ((f & FORMATTING) != 0) throw giveUp(); // misnested formatting: the adoption agency clones elements
        boolean table = name == "table" || (f & TABLE_PART) != 0;
        for (int j = depth - 1; j > k; j--) {
            if (svg[j] || !((flags[j] & IMPLIED_END) != 0 || table && (flags[j] & TABLE_PART) != 0)) throw giveUp();
        }
        while (depth > k + 1) popImplied();
        pop();
    }

    private boolean startsWith(String prefix, int at) {
        if (at + prefix.length() > n) return false;
        for (int k = 0; k < prefix.length(); k++) if (c[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    private boolean regionMatchesIgnoreCase(int at, String lower) {
        if (at + lower.length() > n) return false;
        for (int k = 0; k < lower.length(); k++) {
            int d = c[at + k];
            if (d >= 'A' && d <= 'Z') d += 32;
            if (d != lower.charAt(k)) return false;
        }
        return true;
    }

    private int find(String needle, int from) {
        return find(needle, from, n);
    }

    /** Where {@code needle} (ASCII) starts in {@code c[from, to)}, or -1. */
    private int find(String needle, int from, int to) {
        byte first = (byte) needle.charAt(0);
        for (int k = from; k + needle.length() <= to; k++) if (c[k] == first && startsWith(needle, k)) return k;
        return -1;
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return (BYTE_CLASS[c & 0xFF] & SPACE) != 0;
    }

    /**
     * The attributes of the tag just read that {@link HtmlReferences.Collector} reads, as byte positions in the page:
     * few per tag, and most are never asked for, so names are recognised in place and values decoded into strings
     * (with their character references) only on demand. Other attributes only count as there being attributes.
     */
    private static final class Attrs implements HtmlReferences.Attributes {
        private static final Names KNOWN = new Names();

        static {
            List<String> names = HtmlReferences.ATTRIBUTE_NAMES;
            for (int k = 0; k < names.size(); k++) KNOWN.flag(k, names.get(k));
        }

        private final byte[] c;
        /** Whether the tag has any attribute. */
        boolean any;
        /** Which of the known attributes the tag has, as bits by number. */
        private int present;
        private final int[] from = new int[HtmlReferences.ATTRIBUTE_NAMES.size()];
        private final int[] to = new int[HtmlReferences.ATTRIBUTE_NAMES.size()];

        Attrs(byte[] c) {
            this.c = c;
        }

        void clear() {
            any = false;
            present = 0;
        }

        /** @param hash {@link Names#hash} of the name, lower-cased */
        void add(int nameStart, int nameEnd, boolean upper, int hash, int valueStart, int valueEnd) {
            any = true;
            int slot = KNOWN.find(c, nameStart, nameEnd, upper, hash);
            if (slot < 0) return;
            int k = KNOWN.flags[slot];
            if ((present & (1 << k)) != 0) return; // the first of two same-named attributes wins
            present |= 1 << k;
            from[k] = valueStart;
            to[k] = valueEnd;
        }

        @Override
        public boolean has(int attr) {
            return (present & (1 << attr)) != 0;
        }

        /** Whether the value has a character reference, which must be decoded. */
        private boolean hasAmp(int attr) {
            for (int j = from[attr], end = to[attr]; j < end; j++) {
                if (c[j] == '&') return true;
            }
            return false;
        }

        @Override
        public String get(int attr) {
            if ((present & (1 << attr)) == 0 || from[attr] == to[attr]) return "";
            String v = new String(c, from[attr], to[attr] - from[attr], StandardCharsets.UTF_8);
            return hasAmp(attr) ? Parser.unescapeEntities(v, true) : v;
        }

        @Override
        public String shared(int attr, SharedStrings strings) {
            if ((present & (1 << attr)) == 0 || from[attr] == to[attr]) return "";
            if (hasAmp(attr)) return HtmlReferences.Attributes.super.shared(attr, strings);
            return strings.intern(c, from[attr], to[attr]);
        }

        /** As {@link UrlResolver#clean}, on the bytes in place unless the value has a reference or a tab or newline. */
        @Override
        public String url(int attr, SharedStrings strings) {
            if ((present & (1 << attr)) == 0) return "";
            int start = from[attr];
            int end = to[attr];
            // (b & 0xFF): bytes of characters outside ASCII are negative, and no control or space.
            while (start < end && (c[start] & 0xFF) <= 0x20) start++;
            while (end > start && (c[end - 1] & 0xFF) <= 0x20) end--;
            if (start == end) return "";
            for (int j = start; j < end; j++) {
                byte d = c[j];
                if (d == '&' || d == '\t' || d == '\n' || d == '\r') return HtmlReferences.Attributes.super.url(attr, strings);
            }
            return strings.intern(c, start, end);
        }
    }

    /** Element names the scanner knows, with their flags: found from the page's bytes, without making a string. */
    private static final class Names {
        private static final int SIZE = 1024;
        final String[] names = new String[SIZE];
        /** The names' bytes (ASCII), compared with the page's (C1 does not inline String.charAt). */
        private final byte[][] chars = new byte[SIZE][];
        final int[] flags = new int[SIZE];

        void flag(int f, String... list) {
            for (String name : list) {
                String canonical = name.intern();
                int h = hash(canonical);
                while (names[h] != null && !names[h].equals(canonical)) h = (h + 1) & (SIZE - 1);
                names[h] = canonical;
                chars[h] = canonical.getBytes(StandardCharsets.US_ASCII);
                flags[h] |= f;
            }
        }

        private static int hash(String s) {
            int h = 0;
            for (int k = 0; k < s.length(); k++) h = 31 * h + s.charAt(k);
            return (h ^ (h >>> 10)) & (SIZE - 1);
        }

        /**
         * Slot of the name in the ASCII bytes {@code c[from, to)} (lower-cased when {@code upper}), or -1.
         *
         * @param hash {@code s.hashCode()} of the lower-cased name, computed by the caller as it read the name
         */
        int find(byte[] c, int from, int to, boolean upper, int hash) {
            int h = (hash ^ (hash >>> 10)) & (SIZE - 1);
            int len = to - from;
            while (names[h] != null) {
                byte[] s = chars[h];
                if (s.length == len) {
                    int k = 0;
                    for (; k < len; k++) {
                        int d = c[from + k];
                        if (upper && d >= 'A' && d <= 'Z') d += 32;
                        if (d != s[k]) break;
                    }
                    if (k == len) return h;
                }
                h = (h + 1) & (SIZE - 1);
            }
            return -1;
        }
    }
}
