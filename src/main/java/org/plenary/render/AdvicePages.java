package org.plenary.render;

import org.plenary.output.SitePaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenary.model.Advice;
import org.plenary.model.AdviceType;
import org.plenary.model.Language;
import org.plenary.rules.MemberEntry;

/** The advice archive, a page per statement, and an Atom feed per language (Rec. 1: types told apart). */
public final class AdvicePages {
    /** One statement in a list; {@code title} carries the language it is shown in when that is not the page's. */
    public record Row(String id, Shown title, String href, String type, String typeCode,
                      String status, String statusCode, String date, int year, String topics, String languages,
                      List<Alternate> translations) {
    }

    /** A pre-rendered filter value: a link to its own list page, with a count. */
    public record Facet(String label, String href, int count, boolean current) {
    }

    /**
     * What an archive page lists: everything (its first page, the most recent statements), or one type, or one year.
     *
     * @param total      statements in the whole listing
     * @param shown      statements on this page
     * @param recent     the archive's first page shows only the most recent ones (the pages by year and type list all)
     * @param pagination where this page stands among the listing's pages, or null when it has one page
     */
    public record Listing(String heading, String lede, List<YearGroup> years, List<Facet> types, List<Facet> yearLinks,
                          List<Facet> statuses, List<Facet> topics, List<Facet> languages, int total, boolean all,
                          int shown, boolean recent, Pagination pagination) {
    }

    public record YearGroup(int year, List<Row> rows) {
    }

    public record Named(String name, String href) {
    }

    public record Translation(String language, String name, String href, boolean current) {
    }

    public record Statement(String id, Shown title, String type, String status, List<String[]> dates,
                            List<Named> penholders, int unnamedPenholders, String vote, String publicComment,
                            String workspace, List<String> topics, Named meeting, Shown summary, Shown body,
                            boolean bodyFallback, List<Translation> translations, List<Row> related) {
    }

    /**
     * Statements per listing page. Listings grow with the archive (3 MB of HTML for 2,000 statements in one page): past
     * this many, the archive shows the most recent ones and the pages by type and by year are split into pages.
     */
    static final int PAGE_SIZE = 200;

    private final Pages pages;

    AdvicePages(Pages pages) {
        this.pages = pages;
    }

    /**
     * Registers this section's pages in one language: the archive, an archive page per type and per year, a page
     * per statement, and the Atom feed.
     */
    void plan(Language lang, PageRegistry reg) {
        String l = lang.code();
        UiStrings t = pages.strings(l);
        reg.page(SitePaths.advice(l), l, "advice", () -> listing(lang, SitePaths.advice(l), t.get("advice.title"),
                t.get("advice.lede"), pages.view.advice(), null, null, 1));
        Map<AdviceType, Integer> types = new java.util.EnumMap<>(AdviceType.class);
        Map<Integer, Integer> years = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Advice a : pages.view.advice()) {
            types.merge(a.type(), 1, Integer::sum);
            years.merge(a.dates().key().getYear(), 1, Integer::sum);
        }
        for (Map.Entry<AdviceType, Integer> e : types.entrySet()) {
            AdviceType type = e.getKey();
            String label = t.get("advice.type." + type.code());
            for (int page = 1; page <= Pagination.pages(e.getValue(), PAGE_SIZE); page++) {
                int k = page;
                reg.page(SitePaths.listPage(typePath(l, type.code()), k), l, "advice", () -> listing(lang, typePath(l, type.code()),
                        label, t.format("advice.filtered.type", label),
                        pages.view.advice().stream().filter(a -> a.type() == type).toList(), type.code(), null, k));
            }
        }
        for (Map.Entry<Integer, Integer> e : years.entrySet()) {
            int year = e.getKey();
            for (int page = 1; page <= Pagination.pages(e.getValue(), PAGE_SIZE); page++) {
                int k = page;
                reg.page(SitePaths.listPage(yearPath(l, year), k), l, "advice", () -> listing(lang, yearPath(l, year),
                        t.format("advice.filtered.yearTitle", String.valueOf(year)), t.format("advice.filtered.year", String.valueOf(year)),
                        pages.view.advice().stream().filter(a -> a.dates().key().getYear() == year).toList(), null, year, k));
            }
        }
        for (Advice a : pages.view.advice()) reg.page(SitePaths.statement(l, a.id()), l, "statement", () -> statement(lang, pages.view.advice(a.id())));
        reg.file(SitePaths.adviceFeed(l), l, "feed", () -> new AdviceFeed(pages).write(lang));
    }

    static String typePath(String lang, String type) {
        return SitePaths.advice(lang) + "type/" + type + "/";
    }

    static String yearPath(String lang, int year) {
        return SitePaths.advice(lang) + year + "/";
    }

    private static List<Integer> newestFirst(List<Integer> years) {
        List<Integer> out = new ArrayList<>(years);
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * One page of a listing: the archive ({@code currentType} and {@code currentYear} null: its first page only, the
     * most recent statements), or a type's or a year's statements, page {@code page}.
     */
    private void listing(Language lang, String listPath, String heading, String lede, List<Advice> all, String currentType,
                         Integer currentYear, int page) {
        String l = lang.code();
        boolean archive = currentType == null && currentYear == null;
        int pageCount = archive ? 1 : Pagination.pages(all.size(), PAGE_SIZE);
        List<Advice> items = Pagination.slice(all, page, PAGE_SIZE);
        String path = SitePaths.listPage(listPath, page);
        String title = page == 1 ? heading : pages.strings(l).format("pages.title", heading, String.valueOf(page));
        PageContext ctx = pages.ctx(lang, path, title, "advice");
        Pagination pagination = pageCount > 1 ? Pagination.of(ctx, listPath, page, pageCount) : null;
        var tallies = pages.view.tallies();
        Map<Integer, List<Row>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Advice a : items) byYear.computeIfAbsent(a.dates().key().getYear(), y -> new ArrayList<>()).add(row(ctx, a));
        List<YearGroup> years = new ArrayList<>();
        byYear.forEach((y, rows) -> years.add(new YearGroup(y, rows)));
        List<Facet> types = new ArrayList<>();
        for (AdviceType type : AdviceType.values()) {
            int n = tallies.advice(type);
            if (n > 0) {
                types.add(new Facet(ctx.t("advice.type." + type.code()), ctx.href(typePath(l, type.code())), n,
                        type.code().equals(currentType)));
            }
        }
        List<Facet> yearLinks = new ArrayList<>();
        for (int y : newestFirst(tallies.adviceYears())) {
            int n = tallies.adviceIn(y);
            yearLinks.add(new Facet(String.valueOf(y), ctx.href(yearPath(l, y)), n, currentYear != null && currentYear == y));
        }
        // Status, topic and language are offered as combined filters by the script only: values, no pages.
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> topics = new TreeMap<>();
        Map<String, Integer> langs = new LinkedHashMap<>();
        for (Language other : pages.languages()) langs.put(other.code(), 0);
        for (Advice a : items) {
            statuses.merge(a.status().code(), 1, Integer::sum);
            a.topics().forEach(tp -> topics.merge(tp, 1, Integer::sum));
            pages.content.adviceBodyLanguages(a.id()).forEach(code -> langs.merge(code, 1, Integer::sum));
        }
        List<Facet> statusFacets = new ArrayList<>();
        statuses.forEach((code, n) -> statusFacets.add(new Facet(ctx.t("advice.status." + code), code, n, false)));
        List<Facet> topicFacets = new ArrayList<>();
        topics.forEach((code, n) -> topicFacets.add(new Facet(code, code, n, false)));
        List<Facet> langFacets = new ArrayList<>();
        for (Language other : pages.languages()) {
            int n = langs.get(other.code());
            if (n > 0) langFacets.add(new Facet(other.name(), other.code(), n, false));
        }
        Listing listing = new Listing(heading, lede, years, types, yearLinks, statusFacets, topicFacets, langFacets,
                all.size(), archive, items.size(), archive && items.size() < all.size(), pagination);
        pages.write(ctx, "advice/index.jte", Map.of("list", listing), lede);
    }

    Row row(PageContext ctx, Advice a) {
        String l = ctx.lang();
        List<String> langs = new ArrayList<>(pages.content.adviceBodyLanguages(a.id()));
        return new Row(a.id(), ctx.in(ctx.name(a.title()), ctx.textLang(a.title())), ctx.href(SitePaths.statement(l, a.id())),
                ctx.t("advice.type." + a.type().code()), a.type().code(), ctx.t("advice.status." + a.status().code()),
                a.status().code(), ctx.date(a.dates().key()), a.dates().key().getYear(), String.join(" ", a.topics()),
                String.join(" ", langs), translations(a.id(), langs));
    }

    private void statement(Language lang, Advice a) {
        String l = lang.code();
        String dflt = pages.defaultLanguage();
        PageContext ctx = pages.ctx(lang, SitePaths.statement(l, a.id()), a.title().get(l, dflt), "advice");
        List<String[]> dates = new ArrayList<>();
        addDate(ctx, dates, "advice.date.commentOpen", a.dates().commentOpen());
        addDate(ctx, dates, "advice.date.commentClose", a.dates().commentClose());
        addDate(ctx, dates, "advice.date.voteOpen", a.dates().voteOpen());
        addDate(ctx, dates, "advice.date.voteClose", a.dates().voteClose());
        addDate(ctx, dates, "advice.date.submitted", a.dates().submitted());
        List<Named> pen = new ArrayList<>();
        List<MemberEntry> named = new ArrayList<>();
        for (String id : a.penholders()) {
            MemberEntry m = pages.view.entry(id);
            named.add(m);
            pen.add(new Named(ctx.name(m.name()), ctx.href(SitePaths.member(l, id))));
        }
        int unnamed = pages.view.withheldPenholders(a.id());
        String vote = a.vote() == null ? null : ctx.t("advice.vote.counts", ctx.number(a.vote().inFavour()),
                ctx.number(a.vote().against()), ctx.number(a.vote().abstain()), ctx.number(a.vote().groupSize()));
        Map<String, String> bodies = pages.content.adviceBody(a.id());
        String bodyLang = bodies.containsKey(l) ? l : bodies.containsKey(dflt) ? dflt
                : bodies.isEmpty() ? l : bodies.keySet().iterator().next();
        String body = bodies.getOrDefault(bodyLang, "");
        boolean fallback = !bodies.isEmpty() && !bodyLang.equals(l);
        if (fallback) ctx.markFallback();
        List<Translation> translations = new ArrayList<>();
        for (Language other : pages.languages()) {
            if (bodies.containsKey(other.code())) {
                translations.add(new Translation(other.code(), other.name(), ctx.href(SitePaths.statement(other.code(), a.id())),
                        other.code().equals(l)));
            }
        }
        List<Row> related = new ArrayList<>();
        for (String r : a.related()) {
            Advice ra = pages.view.advice(r);
            if (ra != null) related.add(row(ctx, ra));
        }
        Named meeting = a.meeting() == null ? null : new Named(a.meeting(), ctx.href(SitePaths.meeting(l, a.meeting())));
        Statement s = new Statement(a.id(), ctx.shown(a.title()), ctx.t("advice.type." + a.type().code()),
                ctx.t("advice.status." + a.status().code()), dates, pen, unnamed, vote, a.publicComment(), a.workspace(),
                a.topics(), meeting, ctx.shown(a.summary()), ctx.in(body, bodyLang), fallback,
                translations, related);
        pages.write(ctx, "advice/statement.jte", Map.of("s", s),
                a.summary().isEmpty() ? ctx.title() : a.summary().get(l, dflt), JsonLd.advice(ctx, a, named));
    }

    /** The languages a statement's body exists in, with their names, each linking to the page in that language. */
    private List<Alternate> translations(String id, List<String> codes) {
        List<Alternate> out = new ArrayList<>();
        for (Language other : pages.languages()) {
            if (codes.contains(other.code())) {
                out.add(new Alternate(other.code(), other.name(), SitePaths.statement(other.code(), id), false));
            }
        }
        return out;
    }

    private static void addDate(PageContext ctx, List<String[]> dates, String key, LocalDate d) {
        if (d != null) dates.add(new String[] {ctx.t(key), ctx.date(d)});
    }
}
