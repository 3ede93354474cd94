package org.plenary.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one encoder for JSON placed inside HTML: JSON-LD, the draw page's data for its verifier, and any data a page
 * embeds for its scripts. Inside a {@code <script>} element the HTML parser, not the JSON parser, decides where the
 * element ends: {@code </script>} ends it, and {@code <!--} followed by {@code <script>} switches it to the
 * "script data double escaped" state, in which the real end tag no longer ends it, so the rest of the page is
 * swallowed (HTML Living Standard §13.2.5.4–5). Escaping {@code <}, {@code >} and {@code &} as {@code \u003c},
 * {@code \u003e}, {@code \u0026} inside JSON strings (the only place JSON can hold them) makes every such sequence
 * impossible, and the JSON still parses to the same value. U+2028 and U+2029 are escaped too, so the text is also a
 * valid JavaScript literal (before ES2019 they ended a line inside a string).
 */
public final class ScriptJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptJson() {
    }

    /** Compact JSON of {@code node}, safe inside a {@code <script>} element. */
    public static String write(JsonNode node) {
        try {
            return escape(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A whole element: {@code <script type="…">json</script>}, the JSON made safe as {@link #write} does. */
    public static String element(String type, JsonNode node) {
        return "<script type=\"" + XmlText.escape(type) + "\">" + write(node) + "</script>";
    }

    /**
     * Makes JSON text (already serialized, e.g. pretty-printed) safe inside a {@code <script>} element.
     *
     * @param json valid JSON text
     * @return the same JSON value, with {@code < > &} U+2028 U+2029 written as {@code \}{@code uXXXX} escapes
     */
    public static String escape(String json) {
        StringBuilder b = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String rep = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (rep == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(json.length() + 32).append(json, 0, i);
                b.append(rep);
            }
        }
        return b == null ? json : b.toString();
    }
}
