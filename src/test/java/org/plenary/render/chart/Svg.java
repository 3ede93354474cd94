package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/** Test helpers: parse chart SVG strictly (must be well-formed XML), then query it with jsoup selectors. */
final class Svg {
    private static final Pattern COORDINATE = Pattern.compile("-?\\d+(\\.\\d)?");
    private static final List<String> GEOMETRY = List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "font-size", "dy");

    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

    static {
        XML.setNamespaceAware(true);
    }

    private Svg() {
    }

    static Document parse(String svg) {
        try {
            XML.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            fail("not well-formed XML: " + e.getMessage() + "\n" + svg);
        }
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    static Element root(Document d) {
        Element svg = d.selectFirst("svg");
        assertTrue(svg != null, "no <svg> element");
        return svg;
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.attr(attribute));
    }

    /** Texts of the {@code <text>} elements under {@code selector}, tspans joined by a space. */
    static List<String> texts(Document d, String selector) {
        List<String> out = new ArrayList<>();
        for (Element t : d.select(selector)) out.add(t.children().isEmpty() ? t.text() : String.join(" ", t.children().eachText()));
        return out;
    }

    /** Every geometric attribute is a plain ASCII decimal with at most one fraction digit. */
    static void assertCoordinatesPlain(Document d) {
        for (Element e : d.getAllElements()) {
            for (String a : GEOMETRY) {
                if (e.hasAttr(a) && !(e.tagName().equals("svg") && a.equals("width"))) assertTrue(COORDINATE.matcher(e.attr(a)).matches(), a + "=\"" + e.attr(a) + "\" on " + e.tagName());
            }
            if (e.hasAttr("viewBox")) {
                for (String part : e.attr("viewBox").split(" ")) assertTrue(COORDINATE.matcher(part).matches(), "viewBox " + e.attr("viewBox"));
            }
            if (e.tagName().equals("path")) assertTrue(e.attr("d").matches("[MLZ0-9. -]+"), "path d=" + e.attr("d"));
        }
    }

    /** Structure every rendered chart shares: role, accessible name and description, sizing, nothing external. */
    static void assertAccessibleShell(String svg, String prefix, String title, String description) {
        Document d = parse(svg);
        Element root = root(d);
        assertEquals("img", root.attr("role"));
        assertEquals("100%", root.attr("width"));
        assertTrue(root.attr("viewBox").startsWith("0 0 "), root.attr("viewBox"));
        assertEquals("inherit", root.attr("font-family"));
        assertEquals("currentColor", root.attr("fill"));
        Element t = d.getElementById(prefix + "-title");
        assertTrue(t != null && t.tagName().equals("title") && t.parent() == root, "title is the svg's child with the id");
        assertEquals(title, t.text());
        if (description.isEmpty()) {
            assertEquals(prefix + "-title", root.attr("aria-labelledby"));
        } else {
            Element desc = d.getElementById(prefix + "-desc");
            assertTrue(desc != null && desc.tagName().equals("desc") && desc.parent() == root, "desc is the svg's child with the id");
            assertEquals(description, desc.text());
            assertEquals(prefix + "-title " + prefix + "-desc", root.attr("aria-labelledby"));
        }
        assertTrue(d.select("script, style, foreignObject, image, use, a").isEmpty(), "no script, style or external references");
        for (Element e : d.getAllElements()) {
            assertTrue(!e.hasAttr("style") && !e.hasAttr("href") && !e.hasAttr("xlink:href") && !e.hasAttr("onload"), e.tagName());
            if (e.hasAttr("font-size")) assertTrue(num(e, "font-size") >= 12, "font-size " + e.attr("font-size"));
        }
        assertCoordinatesPlain(d);
    }
}
