package org.plenary.render;

import org.plenary.output.Output;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.content.Content;
import org.plenary.model.Language;
import org.plenary.model.Member;
import org.plenary.rules.MemberEntry;
import org.plenary.rules.PublicView;
import org.plenary.theme.Theme;

/** What every page builder shares: the inputs, the templates, the output, and per-language strings and formats. */
final class Pages {
    /** What may be published: the only registry input of rendering. */
    final PublicView view;
    final Content content;
    final Templates templates;
    final Output out;
    private final Map<String, UiStrings> strings = new HashMap<>();
    private final Map<String, Localizer> formats = new HashMap<>();

    final Theme theme;

    Pages(PublicView view, Content content, Theme theme, Output out) {
        this.view = view;
        this.content = content;
        this.theme = theme;
        this.templates = new Templates(theme);
        this.out = out;
        for (Language l : view.site().languages()) {
            strings.put(l.code(), UiStrings.load(l.code(), theme));
            formats.put(l.code(), new Localizer(l.code()));
        }
    }

    List<Language> languages() {
        return view.site().languages();
    }

    String defaultLanguage() {
        return view.site().defaultLanguage();
    }

    UiStrings strings(String lang) {
        return strings.get(lang);
    }

    Localizer format(String lang) {
        return formats.get(lang);
    }

    PageContext ctx(Language lang, String path, String title, String section) {
        return new PageContext(view.site(), lang, strings.get(lang.code()), formats.get(lang.code()), path, title, section);
    }

    void write(PageContext ctx, String template, Map<String, Object> params, String description) {
        write(ctx, template, params, description, "");
    }

    void write(PageContext ctx, String template, Map<String, Object> params, String description, String head) {
        out.page(ctx.path(), templates.page(template, ctx, params, description, head));
    }

    /** Display name in a language; the sort key honours {@code sort_name}. */
    String name(Member m, String lang) {
        return m.name().get(lang, defaultLanguage());
    }

    /** What a list of members sorts a member by in a language: the sort name in the default language, else the name. */
    String sortKey(MemberEntry m, String lang) {
        return m.sortName() != null && lang.equals(defaultLanguage()) ? m.sortName() : m.name().get(lang, defaultLanguage());
    }
}
