package org.plenary.render;

import org.plenary.output.Output;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.plenary.content.Content;
import org.plenary.model.Language;
import org.plenary.opendata.OpenDataWriter;
import org.plenary.rules.PublicView;
import org.plenary.theme.Theme;

/**
 * Fifth stage: writes every page of every language, the feeds and the site files into {@code out}.
 * Reads the earlier stages' results only; never changes them. Languages are rendered in parallel: each
 * language's pages depend on nothing but the shared, read-only inputs.
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

    /** @throws org.plenary.theme.TemplateError when one of the site's own templates fails while rendering */
    public void render(PublicView view, Content content, Output out) {
        Pages pages = new Pages(view, content, theme, out);
        AdvicePages advice = new AdvicePages(pages);
        SiteFiles files = new SiteFiles(pages);
        ContentPages contentPages = new ContentPages(pages, advice);
        MemberPages members = new MemberPages(pages);
        TravelPages travel = new TravelPages(pages);
        DrawPages draws = new DrawPages(pages, new DrawSteps(view));
        MetricsPage metrics = new MetricsPage(pages);
        files.render();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(view.site().languages().size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            pool.submit(() -> view.site().languages().parallelStream().forEach((Language lang) -> {
                contentPages.render(lang);
                members.render(lang);
                advice.render(lang);
                travel.render(lang);
                draws.render(lang);
                metrics.render(lang);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        new OpenDataWriter(view, content).write(out);
        files.sitemap();
    }
}
