package org.plenary.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme's Jte templates, precompiled into the jar. A page is rendered in two steps: its body template first,
 * then {@code layout.jte} around it, so the layout knows whether the body needed a fallback notice.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
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
