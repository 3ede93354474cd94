package org.plenary.render;

import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
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
 * whether the body needed a fallback notice.
 */
public final class Templates {
    /**
     * Each thread's free outputs, kept with their capacity: a page's text grew a new builder from 8 KB by doubling
     * (and doubled again when a non-Latin-1 character, such as the language menu's names, widened it), about a
     * third of all the bytes a build allocated (JFR, 21,600-page site). A stack, as a template's Java code may
     * render another template while its own output is in use.
     */
    private static final ThreadLocal<Deque<StringOutput>> OUTPUTS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final int KEPT_CHARS = 1 << 20;
    private final Theme theme;

    public Templates(Theme theme) {
        this.theme = theme;
    }

    /**
     * @throws TemplateError when one of the site's own templates fails (located in it); a failure of the built-in
     *                       theme stays Jte's exception, as it is a bug of the tool
     */
    public String render(String template, Map<String, Object> params) {
        Reads.note(Theme.TEMPLATES);
        Deque<StringOutput> free = OUTPUTS.get();
        StringOutput out = free.isEmpty() ? new StringOutput(1 << 16) : free.pop();
        String text = null;
        try {
            theme.engine().render(template, params, out);
            text = out.toString();
            return text;
        } catch (TemplateException e) {
            TemplateError located = theme.renderError(e);
            if (located != null) throw located;
            throw e;
        } finally {
            // A rare large output (a long listing, the data page) is not kept: its builder would stay that large.
            out.reset();
            if (free.size() < 4 && (text == null || text.length() <= KEPT_CHARS)) free.push(out);
        }
    }

    /** Renders a full page: {@code template} gets {@code ctx} plus {@code params}. */
    public String page(String template, PageContext ctx, Map<String, Object> params, String description, String head) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("ctx", ctx);
        String body = render(template, p);
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("ctx", ctx);
        layout.put("body", body);
        layout.put("description", description == null ? "" : description);
        layout.put("head", head == null ? "" : head);
        return render("layout.jte", layout);
    }
}
