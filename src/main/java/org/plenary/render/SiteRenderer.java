package org.plenary.render;

import org.plenary.content.Content;
import org.plenary.model.Community;
import org.plenary.rules.Derived;

/**
 * Fifth stage: writes every page of every language, the feeds and the site files into {@code out}.
 * Reads the earlier stages' results only; never changes them.
 */
public final class SiteRenderer {
    private final Templates templates = new Templates();

    public void render(Community community, Derived derived, Content content, Output out) {
        Pages pages = new Pages(community, derived, content, templates, out);
        AdvicePages advice = new AdvicePages(pages);
        SiteFiles files = new SiteFiles(pages);
        files.render();
        new ContentPages(pages, advice).render();
        new MemberPages(pages).render();
        advice.render();
        new TravelPages(pages).render();
        new DrawPages(pages, new DrawSteps(community)).render();
        new MetricsPage(pages).render();
        files.sitemap();
    }
}
