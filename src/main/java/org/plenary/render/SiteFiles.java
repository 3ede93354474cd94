package org.plenary.render;

import org.plenary.output.XmlText;
import org.plenary.output.SitePaths;
import java.util.List;
import java.util.Map;
import org.plenary.model.Language;
import org.plenary.model.Site;
import org.plenary.identity.Reads;
import org.plenary.theme.Theme;

/** The files around the pages: theme assets, the root language chooser, 404.html, robots.txt, sitemap.xml. */
public final class SiteFiles {
    public record LanguageLink(String code, String name, String href, String dir) {
    }

    private final Pages pages;

    SiteFiles(Pages pages) {
        this.pages = pages;
    }

    /** Registers the language-independent files: assets, the root language chooser, 404.html, robots.txt, sitemap. */
    void plan(PageRegistry reg) {
        reg.file("/assets/", "", "assets", this::assets);
        reg.file("/", "", "root", this::root);
        reg.file("/404.html", "", "404", this::notFound);
        reg.file("/robots.txt", "", "robots", this::robots);
        if (pages.view.site().baseUrl() != null) reg.file("/sitemap.xml", "", "sitemap", () -> sitemap(reg));
    }

    /**
     * Every page of the plan with its hreflang alternates ({@link Sitemap}: an index past 50,000 URLs or 50 MB). Needs
     * an absolute base URL; without one no sitemap is written (a sitemap must list absolute URLs).
     */
    private void sitemap(PageRegistry reg) {
        Site site = pages.view.site();
        List<String> paths = new java.util.ArrayList<>();
        for (PageRegistry.Unit page : reg.pages()) paths.add(page.path());
        new Sitemap(site.baseUrl(), site.languages(), site.defaultLanguage()).write(paths, pages.out);
    }

    private void robots() {
        Site site = pages.view.site();
        StringBuilder r = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.baseUrl() != null) r.append("Sitemap: ").append(site.baseUrl()).append("/sitemap.xml\n");
        pages.out.file("robots.txt", r.toString());
    }

    private List<LanguageLink> languages(PageContext ctx) {
        return pages.languages().stream()
                .map(l -> new LanguageLink(l.code(), l.name(), ctx.href(SitePaths.home(l.code())), l.rtl() ? "rtl" : "ltr"))
                .toList();
    }

    /** The bare domain: a language chooser that also redirects by the browser's language when JavaScript runs. */
    private void root() {
        Language dflt = pages.view.site().language(pages.defaultLanguage());
        PageContext ctx = pages.ctx(dflt, "/", pages.view.site().title().get(dflt.code(), dflt.code()), "home");
        pages.out.bytes("index.html", pages.templates.render("root.jte", Map.of("ctx", ctx, "languages", languages(ctx))));
    }

    private void notFound() {
        Language dflt = pages.view.site().language(pages.defaultLanguage());
        PageContext ctx = pages.ctx(dflt, "/404.html", pages.strings(dflt.code()).get("notfound.title"), "");
        ctx.useRootRelativeLinks();
        pages.out.bytes("404.html", pages.templates.page("notfound.jte", ctx, Map.of("languages", languages(ctx)), "", ""));
    }

    /** Copies the theme's static files (the site's own over the built-in ones) to {@code /assets/}. */
    private void assets() {
        Reads.note(Theme.ASSETS);
        for (Map.Entry<String, byte[]> a : pages.theme.assets().entrySet()) {
            pages.out.bytes("assets/" + a.getKey(), a.getValue());
            // Browsers and feed readers ask for /favicon.ico whatever the page links; answer it at the root too.
            if (a.getKey().equals(FAVICON)) pages.out.bytes(FAVICON, a.getValue());
        }
    }

    static final String FAVICON = "favicon.ico";
}
