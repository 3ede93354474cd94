package org.plenary.render;

import java.util.Map;
import org.plenary.content.Content;
import org.plenary.model.Language;
import org.plenary.opendata.DataCatalog;
import org.plenary.output.Output;
import org.plenary.rules.PublicView;
import org.plenary.theme.Theme;

/**
 * Fifth stage: plans every output unit ({@link PageRegistry}) — the pages of every language, the feeds and the
 * site files — then writes them into {@code out}, in parallel: each unit depends on nothing but the
 * shared, read-only public view and content. Reads the earlier stages' results only; never changes them.
 */
public final class SiteRenderer {
    private final Theme theme;

    /** Renders with the built-in theme. */
    public SiteRenderer() {
        this(Theme.builtIn());
    }

    /** Renders with a site's theme (its own {@code templates/} over the built-in one). */
    public SiteRenderer(Theme theme) {
        this.theme = theme;
    }

    /**
     * Writes the whole site into {@code out}.
     *
     * @return the plan that was rendered, with the identities each unit read
     * @throws org.plenary.theme.TemplateError when one of the site's own templates fails while rendering
     */
    public PageRegistry render(PublicView view, Content content, Output out) {
        PageRegistry reg = plan(view, content, out);
        reg.render(u -> true, Runtime.getRuntime().availableProcessors());
        return reg;
    }

    /**
     * Writes the open data page {@code data/index.html} from its model, with the theme's {@code data/index.jte}.
     *
     * @throws org.plenary.theme.TemplateError when the site's own template fails while rendering
     */
    public void writeDataPage(DataCatalog catalog, Output out) {
        out.bytes("data/index.html", new Templates(theme).render("data/index.jte", Map.of("c", catalog)));
    }

    /**
     * Registers every output unit of the site without rendering anything: pages of every section in every
     * language, feeds and site files. Later stages add theirs (open data, search) before {@link PageRegistry#render}.
     * Units write into {@code out} when rendered.
     */
    public PageRegistry plan(PublicView view, Content content, Output out) {
        PageRegistry reg = new PageRegistry();
        Pages pages = new Pages(view, content, theme, out);
        AdvicePages advice = new AdvicePages(pages);
        SiteFiles files = new SiteFiles(pages);
        ContentPages contentPages = new ContentPages(pages, advice);
        MemberPages members = new MemberPages(pages);
        TravelPages travel = new TravelPages(pages);
        DrawPages draws = new DrawPages(pages, new DrawSteps(view));
        MetricsPage metrics = new MetricsPage(pages);
        SearchPage search = new SearchPage(pages);
        files.plan(reg);
        for (Language lang : view.site().languages()) {
            contentPages.plan(lang, reg);
            members.plan(lang, reg);
            advice.plan(lang, reg);
            travel.plan(lang, reg);
            draws.plan(lang, reg);
            metrics.plan(lang, reg);
            search.plan(lang, reg);
        }
        return reg;
    }
}
