package org.plenary.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.plenary.content.Markdown;

/** The one-pass HTML text is jsoup's text, on the Markdown renderer's output and on any other markup. */
class HtmlTextTest {
    private static String jsoup(String html) {
        return Jsoup.parse(html).body().text();
    }

    @Test
    void renderedMarkdownTakesTheFastPathAndGivesJsoupsText() {
        Markdown md = new Markdown();
        List<String> texts = List.of(
                "# Title\n\nPara with *em*, **strong**, `code`, [link](https://x.org \"t\") and ![img](a.png \"t\").",
                "- a\n- b\n  - c\n  - d\n\n1. x\n2. y",
                "> quote\n> more\n\ntext after",
                "```java\nint x = 1;\n  indented\n```\n\nafter code\n\n    indented code\n    more",
                "| a | b |\n|---|:-:|\n| 1 | 2 |\n| `x` | **y** z |",
                "| a | b |\n|---|---|",
                "line one  \nline two\\\nline three",
                "AT&T <b>raw</b> \"quotes\" 'apos' < > & &amp; &copy; x",
                "***\n\ntext\n\n---",
                "- loose item\n\n  second para\n\n- another",
                "Emoji 😀, 中文，测试。 العربية, no\u00a0break, zero\u200bwidth, soft\u00adhyphen",
                "Tabs\tbetween\twords and    many   spaces",
                "<div>raw html block</div>\n\n<!-- comment -->",
                "https://autolink.example.org and www.example.com",
                "## Heading with `code` and *em*",
                "> - list in quote\n> - two\n>\n> ```\n> code in quote\n> ```",
                "```\n\nblank first line\n```",
                "Before\n\n- after para list\n\ntext");
        for (String t : texts) {
            String html = md.toHtml(t, "/en/x/");
            String fast = HtmlText.scan(html);
            assertNotNull(fast, html);
            assertEquals(jsoup(html), fast, html);
            assertEquals(jsoup(html), HtmlText.of(html), html);
        }
    }

    @Test
    void otherMarkupIsLeftToJsoup() {
        List<String> others = List.of(
                "<p>a<div>b</div>c</p>", "<table><tr><td>x</td></tr></table>", "<ul>text<li>x</li></ul>",
                "<pre>\nx\n</pre>", "<P>upper</P>", "<p>x &nbsp; &copy; &#65;</p>", "<p>a<!-- c -->b</p>",
                "<span>unknown</span> tag", "<p class=x>unquoted</p>", "<p>unclosed", "<p>a</em>", "<li>stray</li>",
                "<a href=\"1\">x<a href=\"2\">y</a></a>", "<p/>self", "x\r\ny", "<p>a\u0001b</p>",
                "<p title='single'>q</p>", "<p data-x=\"a>b\">c</p>");
        for (String html : others) {
            assertNull(HtmlText.scan(html), html);
            assertEquals(jsoup(html), HtmlText.of(html), html);
        }
        assertEquals("", HtmlText.of(null));
        assertEquals("", HtmlText.of(" \n"));
    }

    private static final String[] TAGS = {"p", "h1", "h3", "ul", "ol", "li", "blockquote", "pre", "hr", "table",
        "thead", "tbody", "tr", "th", "td", "a", "em", "strong", "code", "img", "br", "div", "span"};
    private static final String[] TEXTS = {"x", "y z", " ", "\n", "  \n ", "\t", "&amp;", "&lt;b&gt;", "&quot;q&quot;",
        "&#39;", "\u00a0", "\u200b", "\u00ad", "中文", "😀", " a ", "b\n", "\nc", "&nbsp;", "&#65;"};

    /** Random nestings of the known tags and others, with whitespace, entities and invisible characters. */
    @Test
    void randomMarkupGivesJsoupsText() {
        Random r = new Random(20261207L);
        int fast = 0;
        for (int k = 0; k < 10_000; k++) {
            StringBuilder b = new StringBuilder();
            markup(r, b, 0);
            String html = b.toString();
            if (HtmlText.scan(html) != null) fast++;
            assertEquals(jsoup(html), HtmlText.of(html), html);
        }
        assertTrue(fast > 1_000, "fast path taken " + fast + " times"); // the comparison covers the fast path
    }

    private static void markup(Random r, StringBuilder b, int depth) {
        int parts = 1 + r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (depth > 5 || r.nextInt(3) == 0) {
                b.append(TEXTS[r.nextInt(TEXTS.length)]);
            } else if (r.nextInt(3) == 0) {
                structured(r, b, depth);
            } else {
                String t = TAGS[r.nextInt(TAGS.length)];
                String attrs = r.nextInt(4) == 0 ? " href=\"u&amp;v\"" : "";
                if (t.equals("hr") || t.equals("br") || t.equals("img")) {
                    b.append('<').append(t).append(attrs).append(r.nextBoolean() ? " />" : ">");
                    continue;
                }
                b.append('<').append(t).append(attrs).append('>');
                if (r.nextInt(5) == 0) b.append('\n');
                markup(r, b, depth + 1);
                b.append("</").append(t).append('>');
            }
        }
    }

    /** Lists, tables and quotes as the renderer nests them, with whitespace between the parts. */
    private static void structured(Random r, StringBuilder b, int depth) {
        switch (r.nextInt(3)) {
            case 0 -> {
                String list = r.nextBoolean() ? "ul" : "ol";
                b.append('<').append(list).append('>').append(space(r));
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    b.append("<li>");
                    markup(r, b, depth + 2);
                    b.append("</li>").append(space(r));
                }
                b.append("</").append(list).append('>');
            }
            case 1 -> {
                b.append("<table>").append(space(r));
                if (r.nextBoolean()) {
                    b.append("<thead>").append(space(r)).append("<tr>").append(space(r));
                    cells(r, b, depth, "th");
                    b.append("</tr>").append(space(r)).append("</thead>").append(space(r));
                }
                if (r.nextBoolean()) {
                    b.append("<tbody>").append(space(r));
                    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                        b.append("<tr>").append(space(r));
                        cells(r, b, depth, "td");
                        b.append("</tr>").append(space(r));
                    }
                    b.append("</tbody>").append(space(r));
                }
                b.append("</table>");
            }
            default -> {
                b.append("<blockquote>").append(space(r));
                markup(r, b, depth + 1);
                b.append("</blockquote>");
            }
        }
    }

    private static void cells(Random r, StringBuilder b, int depth, String cell) {
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            b.append('<').append(cell).append(r.nextBoolean() ? " align=\"left\"" : "").append('>');
            markup(r, b, depth + 3);
            b.append("</").append(cell).append('>').append(space(r));
        }
    }

    private static String space(Random r) {
        return new String[] {"", "\n", " ", "\n  "}[r.nextInt(4)];
    }
}
