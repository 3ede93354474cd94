package org.plenary.render;

import gg.jte.TemplateException;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plenary.identity.Reads;
import org.plenary.theme.Theme;
import org.plenary.theme.TemplateError;

/**
 * The theme's Jte templates: precompiled into the jar, or a site's own compiled at run time (see {@link Theme}).
 * A page is rendered in two steps: its body template first, then {@code layout.jte} around it, so the layout knows
 * whether the body needed a fallback notice. Both render straight to UTF-8 bytes ({@link Utf8TemplateOutput}); the
 * body reaches the layout as a {@link Content} that copies its bytes, or as a {@code String} to a site's own layout
 * that declares {@code @param String body} (how layouts were written before; both are documented).
 */
public final class Templates {
    /**
     * Each thread's free outputs, kept with their capacity: a page's text grew a new builder from 8 KB by doubling,
     * about a third of all the bytes a build allocated (JFR, 21,600-page site). A stack, as a template's Java code
     * may render another template while its own output is in use.
     */
    private static final ThreadLocal<Deque<Utf8TemplateOutput>> OUTPUTS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final int KEPT_BYTES = 1 << 21;
    private final Theme theme;
    /** Whether the layout's {@code body} parameter takes a {@link Content} (else a String); null until first asked. */
    private volatile Boolean layoutTakesContent;

    public Templates(Theme theme) {
        this.theme = theme;
    }

    /**
     * Renders {@code template} with {@code params}.
     *
     * @return the text as UTF-8
     * @throws TemplateError when one of the site's own templates fails (located in it); a failure of the built-in
     *                       theme stays Jte's exception, as it is a bug of the tool
     */
    public byte[] render(String template, Map<String, Object> params) {
        Reads.note(Theme.TEMPLATES);
        Deque<Utf8TemplateOutput> free = OUTPUTS.get();
        Utf8TemplateOutput out = free.isEmpty() ? new Utf8TemplateOutput(1 << 17) : free.pop();
        try {
            theme.engine().render(template, params, new Utf8HtmlOutput(out));
            return out.toByteArray();
        } catch (TemplateException e) {
            TemplateError located = theme.renderError(e);
            if (located != null) throw located;
            throw e;
        } finally {
            // A rare large output (a long listing, the data page) is not kept: its buffer would stay that large.
            boolean keep = out.size() <= KEPT_BYTES;
            out.reset();
            if (free.size() < 4 && keep) free.push(out);
        }
    }

    /**
     * Renders a full page: {@code template} gets {@code ctx} plus {@code params}, {@code layout.jte} gets its output
     * as {@code body}.
     *
     * @return the page as UTF-8
     */
    public byte[] page(String template, PageContext ctx, Map<String, Object> params, String description, String head) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("ctx", ctx);
        byte[] body = render(template, p);
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("ctx", ctx);
        layout.put("body", layoutTakesContent() ? new Utf8Html(body) : new String(body, StandardCharsets.UTF_8));
        layout.put("description", description == null ? "" : description);
        layout.put("head", head == null ? "" : head);
        return render("layout.jte", layout);
    }

    private boolean layoutTakesContent() {
        Boolean b = layoutTakesContent;
        if (b == null) {
            // Only a layout that declares Content gets one: any other type (String, or Object in a site's own layout)
            // gets the string it got before pages were rendered to bytes.
            layoutTakesContent = b = theme.engine().getParamInfo("layout.jte").get("body") == Content.class;
        }
        return b;
    }

    /** HTML already encoded as UTF-8, written as it is. */
    private record Utf8Html(byte[] bytes) implements Content {
        @Override
        public void writeTo(TemplateOutput output) {
            output.writeBinaryContent(bytes);
        }

        @Override
        public boolean isEmptyContent() {
            return bytes.length == 0;
        }
    }
}
