package org.plenary.render;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.runtime.StringUtils;

/**
 * Jte's HTML output policy ({@link OwaspHtmlTemplateOutput}: what is dropped, what is escaped and how) over a
 * {@link Utf8TemplateOutput}, with the two common cases done in one pass over the value's UTF-8 bytes: text in an
 * element's body, escaped as Jte's {@code Escape.htmlContent} does ({@code & < >}), and a plain attribute value,
 * escaped as {@code Escape.htmlAttribute} does ({@code " & ' <}). Jte escapes a string character by character and
 * hands each unescaped run to the output to be encoded; a page's values are mostly non-Latin-1 text in four of its
 * seven languages, whose {@code String.charAt} is slow under the launcher's C1-only JIT.
 *
 * <p>Everything else goes to Jte's own code unchanged: {@code <script>} bodies, event-handler attributes
 * ({@code on…}), {@code <iframe srcdoc>}, and URL attributes whose value Jte refuses ({@code javascript:},
 * {@code data:}, found by Jte's own {@link StringUtils#startsWithIgnoringCaseAndWhitespaces}).
 * {@code Utf8HtmlOutputTest} compares the two on generated values in every context. Not thread-safe.
 */
final class Utf8HtmlOutput extends OwaspHtmlTemplateOutput {
    /** What replaces an ASCII byte in a body (Escape.htmlContent), by byte value; null: itself. */
    private static final byte[][] CONTENT = new byte[128][];
    /** The same for an attribute value (Escape.htmlAttribute). */
    private static final byte[][] ATTRIBUTE = new byte[128][];

    static {
        CONTENT['&'] = ascii("&amp;");
        CONTENT['<'] = ascii("&lt;");
        CONTENT['>'] = ascii("&gt;");
        ATTRIBUTE['"'] = ascii("&#34;");
        ATTRIBUTE['&'] = ascii("&amp;");
        ATTRIBUTE['\''] = ascii("&#39;");
        ATTRIBUTE['<'] = ascii("&lt;");
    }

    private final Utf8TemplateOutput out;
    // The context Jte sets before writing into a tag's attribute or body (the superclass keeps its own copy).
    private String tag;
    private String attribute;

    Utf8HtmlOutput(Utf8TemplateOutput out) {
        super(out);
        this.out = out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) return;
        if (tag != null && attribute != null) {
            if (isPlainAttribute(value)) {
                out.writeEscaped(value, ATTRIBUTE);
            } else {
                super.writeUserContent(value);
            }
        } else if (!"script".equalsIgnoreCase(tag)) {
            out.writeEscaped(value, CONTENT);
        } else {
            super.writeUserContent(value);
        }
    }

    /**
     * Whether Jte writes this attribute value escaped as HTML and nothing else: not {@code <iframe srcdoc>} (dropped),
     * not an event handler (escaped as JavaScript), not a URL attribute Jte guards holding a URL it refuses (dropped).
     */
    private boolean isPlainAttribute(String value) {
        if (attribute.regionMatches(true, 0, "on", 0, 2)) return false;
        if ("iframe".equalsIgnoreCase(tag) && "srcdoc".equalsIgnoreCase(attribute)) return false;
        return !isGuardedUrlAttribute() || !(StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "javascript:")
                || StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "data:"));
    }

    /** Jte's list of the URL attributes it guards (OwaspHtmlTemplateOutput.isGuardedUrlAttribute, jte 3.2.5). */
    private boolean isGuardedUrlAttribute() {
        if ("href".equalsIgnoreCase(attribute)) {
            return "a".equalsIgnoreCase(tag) || "area".equalsIgnoreCase(tag) || "base".equalsIgnoreCase(tag);
        }
        if ("src".equalsIgnoreCase(attribute)) return "iframe".equalsIgnoreCase(tag);
        if ("formaction".equalsIgnoreCase(attribute)) return "button".equalsIgnoreCase(tag) || "input".equalsIgnoreCase(tag);
        return "form".equalsIgnoreCase(tag) && "action".equalsIgnoreCase(attribute);
    }
}
