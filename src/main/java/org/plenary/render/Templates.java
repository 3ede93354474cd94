package org.plenary.render;

import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
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
        StringOutput out = new StringOutput();
        try {
            theme.engine().render(template, params, out);
        } catch (TemplateException e) {
            TemplateError located = theme.renderError(e);
            if (located != null) throw located;
            throw e;
        }
        return out.toString();
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
