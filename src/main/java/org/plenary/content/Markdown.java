package org.plenary.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.plenary.output.Linker;

/**
 * CommonMark with tables, autolinks and heading anchors. Raw HTML in the source is escaped, not passed through,
 * and unsafe link schemes are neutralised: registry text is written by many hands.
 *
 * <p>A link or image written with a site path ({@code [members](/en/members/)}) means a page of this site: it is
 * written relative to the page the text appears on ({@code ../members/}), like every link the generator makes, so the
 * site works from disk and below a path ({@code base_url: https://example.org/community/}) as well as at a domain root.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        // Only http(s) and mailto: the default sanitizer also lets data: URLs through, e.g. data:text/html links.
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    }

    /**
     * @param markdown CommonMark source
     * @param pagePath the site path of the page the HTML goes on ({@code /en/about/}), for its site-path links
     * @return an HTML fragment
     */
    public String toHtml(String markdown, String pagePath) {
        Node doc = parser.parse(markdown);
        Linker linker = new Linker(pagePath);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(relative(linker, link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(relative(linker, image.getDestination()));
                visitChildren(image);
            }
        });
        return renderer.render(doc);
    }

    /** {@code /en/members/} → relative to the page; {@code //host/x}, {@code https://…}, {@code #x}, {@code x/} unchanged. */
    private static String relative(Linker linker, String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")) return destination;
        return linker.to(destination);
    }
}
