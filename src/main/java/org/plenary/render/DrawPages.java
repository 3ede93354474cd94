package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.rules.PublicView;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.DrawSource;
import org.plenary.model.Language;
import org.plenary.rules.MemberEntry;

/** The list of draws and a page per draw with everything needed to check it. */
public final class DrawPages {
    public record Row(Shown title, String href, String purpose, String announced, int seats, int pool) {
    }

    public record Person(int position, String id, String name, String href, boolean selected) {
    }

    public record PoolView(Shown name, int seats, List<Person> pool, List<Person> result) {
    }

    /** A source of randomness; its name is a plain registry string, so it is in the site's default language. */
    public record SourceView(Shown name, String published, String values, String url) {
    }

    public record DrawView(String id, Shown title, String purpose, String announced, List<SourceView> sources,
                           List<PoolView> pools, boolean stratified, Shown replacementPolicy, Shown note) {
    }

    private final Pages pages;
    private final DrawSteps steps;

    DrawPages(Pages pages, DrawSteps steps) {
        this.pages = pages;
        this.steps = steps;
    }

    /** Registers this section's pages in one language: the list of draws and a page per draw. */
    void plan(Language lang, PageRegistry reg) {
        String l = lang.code();
        reg.page(SitePaths.draws(l), l, "draws", () -> list(lang));
        for (Draw d : pages.view.draws()) reg.page(SitePaths.draw(l, d.id()), l, "draw", () -> draw(lang, pages.view.draw(d.id())));
    }

    private void list(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.draws(l), pages.strings(l).get("draws.title"), "draws");
        List<Row> rows = new ArrayList<>();
        for (Draw d : pages.view.draws()) {
            rows.add(new Row(ctx.shown(d.title()), ctx.href(SitePaths.draw(l, d.id())), ctx.t("draws.purpose." + d.purpose().code()),
                    ctx.date(d.announced()), d.seats(), d.pools().stream().mapToInt(p -> p.members().size()).sum()));
        }
        pages.write(ctx, "draws/index.jte", Map.of("rows", rows), ctx.t("draws.lede"));
    }

    private void draw(Language lang, Draw d) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.draw(l, d.id()), d.title().get(l, pages.defaultLanguage()), "draws");
        List<SourceView> sources = new ArrayList<>();
        for (DrawSource s : d.sources()) {
            sources.add(new SourceView(ctx.in(s.name(), ctx.site().defaultLanguage()), ctx.date(s.published()), String.join(" ", s.values()), s.url()));
        }
        List<PoolView> pools = new ArrayList<>();
        for (DrawPool p : d.pools()) {
            List<Person> pool = new ArrayList<>();
            int i = 1;
            for (String id : p.members()) pool.add(person(ctx, i++, id, p.result().contains(id)));
            List<Person> result = new ArrayList<>();
            i = 1;
            for (String id : p.result()) result.add(person(ctx, i++, id, true));
            pools.add(new PoolView(poolName(ctx, pages.view, p.name()), p.seats(), pool, result));
        }
        DrawView view = new DrawView(d.id(), ctx.shown(d.title()), ctx.t("draws.purpose." + d.purpose().code()),
                ctx.date(d.announced()), sources, pools, d.stratified(), ctx.shown(d.replacementPolicy()), ctx.shown(d.note()));
        pages.write(ctx, "draws/draw.jte", Map.of("d", view, "steps", steps.of(ctx, d)), ctx.title());
    }

    /** A pool named after a region code shows the region's name in the page's language. */
    static Shown poolName(PageContext ctx, PublicView community, String name) {
        var region = community.site().region(name);
        return region == null ? ctx.in(name, null) : ctx.shown(region.name());
    }

    private Person person(PageContext ctx, int position, String id, boolean selected) {
        MemberEntry m = pages.view.entry(id);
        String name = m == null ? id : ctx.name(m.name());
        return new Person(position, id, name, ctx.href(SitePaths.member(ctx.lang(), id)), selected);
    }
}
