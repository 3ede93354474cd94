package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.content.ContentPage;
import org.plenary.model.Advice;
import org.plenary.model.Language;

/** The home page of each language and every Markdown page, in every language (falling back when untranslated). */
public final class ContentPages {
    public record PageLink(String title, String href) {
    }

    public record Home(Shown intro, long members, long advice, long trips, long draws,
                       List<AdvicePages.Row> latest, List<PageLink> pages) {
    }

    public record Page(String title, String html, String lang, String dir) {
    }

    private final Pages pages;
    private final AdvicePages advice;

    ContentPages(Pages pages, AdvicePages advice) {
        this.pages = pages;
        this.advice = advice;
    }

    /** Registers the home page and every Markdown page in one language. */
    void plan(Language lang, PageRegistry reg) {
        String l = lang.code();
        reg.page(SitePaths.home(l), l, "home", () -> home(lang));
        for (String path : pages.content.pagePaths()) {
            if (!path.isEmpty()) reg.page(SitePaths.page(l, path), l, "page", () -> page(lang, path));
        }
    }

    private ContentPage pick(String path, String lang) {
        Map<String, ContentPage> translations = pages.content.page(path);
        ContentPage p = translations.get(lang);
        if (p == null) p = translations.get(pages.defaultLanguage());
        if (p == null && !translations.isEmpty()) p = translations.values().iterator().next();
        return p;
    }

    private void home(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.home(l), pages.strings(l).get("home.title"), "home");
        ContentPage intro = pick("", l);
        if (intro != null && !intro.language().equals(l)) ctx.markFallback();
        List<AdvicePages.Row> latest = new ArrayList<>();
        for (Advice a : pages.view.advice()) {
            if (latest.size() == 5) break;
            latest.add(advice.row(ctx, a));
        }
        List<PageLink> links = new ArrayList<>();
        for (String path : pages.content.pagePaths()) {
            if (path.isEmpty()) continue;
            ContentPage p = pick(path, l);
            links.add(new PageLink(p.title(), ctx.href(SitePaths.page(l, path))));
        }
        long trips = pages.view.tallies().fundedTrips();
        Home home = new Home(intro == null ? Shown.EMPTY : ctx.in(intro.html(), intro.language()),
                pages.view.memberCount(), pages.view.advice().size(), trips, pages.view.draws().size(),
                latest, links);
        pages.write(ctx, "home.jte", Map.of("h", home), ctx.siteTitle());
    }

    private void page(Language lang, String path) {
        String l = lang.code();
        ContentPage p = pick(path, l);
        PageContext ctx = pages.ctx(lang, SitePaths.page(l, path), p.title(), path.contains("/") ? path.substring(0, path.indexOf('/')) : path);
        if (!p.language().equals(l)) ctx.markFallback();
        Language shown = pages.view.site().language(p.language());
        pages.write(ctx, "page.jte", Map.of("p", new Page(p.title(), p.html(), p.language(),
                shown != null && shown.rtl() ? "rtl" : "ltr")), p.description());
    }
}
