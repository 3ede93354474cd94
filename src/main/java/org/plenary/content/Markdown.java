package org.plenary.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.plenary.output.Linker;
import org.plenary.output.XmlText;

/**
 * CommonMark with tables, autolinks and heading anchors. Raw HTML in the source is escaped, not passed through,
 * and unsafe link schemes are neutralised: registry text is written by many hands.
 *
 * <p>A link or image written with a site path ({@code [members](/en/members/)}) means a page of this site: it is
 * written relative to the page the text appears on ({@code ../members/}), like every link the generator makes, so the
 * site works from disk and below a path ({@code base_url: https://example.org/community/}) as well as at a domain root.
 *
 * <p>commonmark-java parses some nestings and renders every nesting recursively, so 10,000 nested block quotes,
 * list items or emphases overflow the stack. The nesting depth is checked (at most {@link #MAX_DEPTH}) before
 * anything recursive runs; the content stage {@link #check}s every Markdown text of a site, so a site that
 * validates cannot fail to render.
 */
public final class Markdown {
    /** Deeper than any real document nests (block quotes in lists in block quotes…), far below a stack overflow. */
    public static final int MAX_DEPTH = 64;

    /** A rendered text, or why it cannot be ({@code problem}, with its 1-based line in the text, 0 if unknown). */
    public record Rendered(String html, String problem, int line) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
                HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        // Only http(s) and mailto: the default sanitizer also lets data: URLs through, e.g. data:text/html links.
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    }

    /**
     * Renders a text that {@link #check} accepts; one it refuses comes out escaped, as one paragraph (validation has
     * reported it, so a built site never shows that).
     *
     * @param markdown CommonMark source
     * @param pagePath the site path of the page the HTML goes on ({@code /en/about/}), for its site-path links
     * @return an HTML fragment
     */
    public String toHtml(String markdown, String pagePath) {
        Rendered r = render(markdown, pagePath);
        return r.ok() ? r.html() : "<p>" + XmlText.escape(markdown) + "</p>\n";
    }

    /** Whether a text can be rendered: null when it can, else why, with its line (see {@link Rendered}). */
    public Rendered check(String markdown) {
        Node doc = parse(markdown);
        if (doc == null) return new Rendered(null, tooDeep(), lineOnLargeStack(markdown));
        Node deepest = deepest(doc);
        return deepest == null ? new Rendered(null, null, 0) : new Rendered(null, tooDeep(), line(deepest));
    }

    /** Parses, checks the nesting depth, then renders. Never throws for any input text. */
    public Rendered render(String markdown, String pagePath) {
        Node doc = parse(markdown);
        if (doc == null) return new Rendered(null, tooDeep(), 0);
        Node deepest = deepest(doc);
        if (deepest != null) return new Rendered(null, tooDeep(), line(deepest));
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
        return new Rendered(renderer.render(doc), null, 0);
    }

    /** The document, or null when the parser itself ran out of stack (the inline parser recurses on nested emphasis). */
    private Node parse(String markdown) {
        try {
            return parser.parse(markdown);
        } catch (StackOverflowError e) {
            return null;
        }
    }

    /** {@code /en/members/} → relative to the page; {@code //host/x}, {@code https://…}, {@code #x}, {@code x/} unchanged. */
    private static String relative(Linker linker, String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")) return destination;
        return linker.to(destination);
    }

    /** Parses once more on a thread with a large stack, only to say on which line a text is too deep. */
    private int lineOnLargeStack(String markdown) {
        int[] line = {0};
        Thread t = new Thread(null, () -> {
            try {
                Node deepest = deepest(parser.parse(markdown));
                if (deepest != null) line[0] = line(deepest);
            } catch (StackOverflowError ignored) {
                // deeper still: the line stays unknown
            }
        }, "markdown-depth", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return line[0];
    }

    private static String tooDeep() {
        return "Markdown nested more than " + MAX_DEPTH + " levels deep (block quotes, lists or emphasis inside each other)";
    }

    /** The first node found deeper than {@link #MAX_DEPTH}, or null; iterative, so it cannot overflow itself. */
    private static Node deepest(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            if (d > MAX_DEPTH) return n;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return null;
    }

    /** The 1-based line of a node, from its own or its nearest block ancestor's source span; 0 if unknown. */
    private static int line(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            List<SourceSpan> spans = p.getSourceSpans();
            if (!spans.isEmpty()) return spans.get(0).getLineIndex() + 1;
        }
        return 0;
    }
}
