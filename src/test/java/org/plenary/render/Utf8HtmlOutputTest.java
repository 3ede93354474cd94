package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.jte.html.OwaspHtmlTemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8HtmlOutput} writes exactly what Jte's own HTML output writes, in every context, for any value. */
class Utf8HtmlOutputTest {
    /** Tag and attribute as the generated template code sets them (null: element body). */
    private static final String[][] CONTEXTS = {
        {null, null}, {"p", null}, {"script", null}, {"SCRIPT", null}, {"style", null}, {"a", "href"}, {"A", "HREF"},
        {"area", "href"}, {"base", "href"}, {"link", "href"}, {"iframe", "src"}, {"img", "src"}, {"button", "formaction"},
        {"input", "formaction"}, {"form", "action"}, {"div", "onclick"}, {"div", "ONCLICK"}, {"div", "o"},
        {"iframe", "srcdoc"}, {"IFRAME", "SrcDoc"}, {"div", "title"}, {"td", "data-x"}, {"a", "hreflang"}, {"svg", "href"},
    };
    private static final String[] PARTS = {
        "a", "Z", " ", "\t", "\n", "&", "<", ">", "\"", "'", "`", "=", "/", "\\", "$", "-", "é", "ü", "中文", "العربية",
        "Русский", "😀", "\uD800", "\uDC00", "javascript:", " JavaScript:", "\u0000java\tscript:", "data:", "DATA:", "&amp;",
        "https://example.org/?a=1&b=2", "../../en/", "#x", "\u00a0", "\u2028",
    };

    @Test
    void writesWhatJtesOwnHtmlOutputWrites() {
        Random random = new Random(20261208);
        for (int t = 0; t < 20_000; t++) {
            Utf8TemplateOutput expected = new Utf8TemplateOutput(16);
            Utf8TemplateOutput actual = new Utf8TemplateOutput(16);
            OwaspHtmlTemplateOutput jte = new OwaspHtmlTemplateOutput(expected);
            Utf8HtmlOutput ours = new Utf8HtmlOutput(actual);
            int writes = 1 + random.nextInt(4);
            StringBuilder trace = new StringBuilder();
            for (int w = 0; w < writes; w++) {
                String[] context = CONTEXTS[random.nextInt(CONTEXTS.length)];
                StringBuilder value = new StringBuilder();
                int parts = random.nextInt(6);
                for (int k = 0; k < parts; k++) value.append(PARTS[random.nextInt(PARTS.length)]);
                String v = random.nextInt(50) == 0 ? null : value.toString();
                trace.append(context[0]).append('/').append(context[1]).append(": ").append(v).append('\n');
                jte.setContext(context[0], context[1]);
                ours.setContext(context[0], context[1]);
                jte.writeUserContent(v);
                ours.writeUserContent(v);
                if (random.nextBoolean()) {
                    jte.writeContent("<b class=x>");
                    ours.writeContent("<b class=x>");
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), trace::toString);
        }
    }

    @Test
    void escapesBodyTextAndAttributeValuesAsJteDoes() {
        Utf8TemplateOutput out = new Utf8TemplateOutput(16);
        Utf8HtmlOutput html = new Utf8HtmlOutput(out);
        html.setContext("p", null);
        html.writeUserContent("a<b>&\"'中");
        html.setContext("span", "title");
        html.writeUserContent("a<b>&\"'中");
        html.setContext("a", "href");
        html.writeUserContent(" javascript:alert(1)");
        assertEquals("a&lt;b&gt;&amp;\"'中a&lt;b>&amp;&#34;&#39;中", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }
}
