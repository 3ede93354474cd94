package org.plenary.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenary.model.Advice;
import org.plenary.model.AdviceType;
import org.plenary.model.Language;
import org.plenary.model.Member;

/** The advice archive, a page per statement, and an Atom feed per language (Rec. 1: types told apart). */
public final class AdvicePages {
    public record Row(String id, String title, String titleLang, String href, String type, String typeCode,
                      String status, String date, String languages) {
    }

    public record YearGroup(int year, List<Row> rows) {
    }

    public record TypeCount(String code, String label, int count) {
    }

    public record Named(String name, String href) {
    }

    public record Translation(String language, String name, String href, boolean current) {
    }

    public record Statement(String id, String title, String type, String status, List<String[]> dates,
                            List<Named> penholders, int unnamedPenholders, String vote, String publicComment,
                            String workspace, List<String> topics, Named meeting, String summary, String bodyHtml,
                            String bodyLang, boolean bodyFallback, List<Translation> translations, List<Row> related) {
    }

    private final Pages pages;

    AdvicePages(Pages pages) {
        this.pages = pages;
    }

    void render() {
        for (Language lang : pages.languages()) {
            archive(lang);
            for (Advice a : pages.community.advice()) statement(lang, a);
            feed(lang);
        }
    }

    private void archive(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.advice(l), pages.strings(l).get("advice.title"), "advice");
        Map<Integer, List<Row>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<AdviceType, Integer> counts = new LinkedHashMap<>();
        for (AdviceType t : AdviceType.values()) counts.put(t, 0);
        for (Advice a : pages.community.advice()) {
            byYear.computeIfAbsent(a.dates().key().getYear(), y -> new ArrayList<>()).add(row(ctx, a));
            counts.merge(a.type(), 1, Integer::sum);
        }
        List<YearGroup> years = new ArrayList<>();
        byYear.forEach((y, rows) -> years.add(new YearGroup(y, rows)));
        List<TypeCount> types = new ArrayList<>();
        counts.forEach((t, n) -> types.add(new TypeCount(t.code(), ctx.t("advice.type." + t.code()), n)));
        pages.write(ctx, "advice/index.jte", Map.of("years", years, "types", types,
                "total", pages.community.advice().size()), ctx.t("advice.lede"));
    }

    Row row(PageContext ctx, Advice a) {
        String l = ctx.lang();
        List<String> langs = new ArrayList<>(pages.content.adviceBody(a.id()).keySet());
        return new Row(a.id(), ctx.name(a.title()), ctx.textLang(a.title()), ctx.href(SitePaths.statement(l, a.id())),
                ctx.t("advice.type." + a.type().code()), a.type().code(), ctx.t("advice.status." + a.status().code()),
                ctx.date(a.dates().key()), String.join(" ", langs));
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
        int unnamed = 0;
        for (String id : a.penholders()) {
            Member m = pages.community.member(id);
            if (m != null && m.isPublic()) {
                pen.add(new Named(ctx.name(m.name()), ctx.href(SitePaths.member(l, id))));
            } else {
                unnamed++;
            }
        }
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
            Advice ra = pages.community.advice(r);
            if (ra != null) related.add(row(ctx, ra));
        }
        Named meeting = a.meeting() == null ? null : new Named(a.meeting(), ctx.href(SitePaths.meeting(l, a.meeting())));
        Statement s = new Statement(a.id(), ctx.text(a.title()), ctx.t("advice.type." + a.type().code()),
                ctx.t("advice.status." + a.status().code()), dates, pen, unnamed, vote, a.publicComment(), a.workspace(),
                a.topics(), meeting, a.summary().isEmpty() ? "" : ctx.text(a.summary()), body, bodyLang, fallback,
                translations, related);
        pages.write(ctx, "advice/statement.jte", Map.of("s", s),
                a.summary().isEmpty() ? ctx.title() : a.summary().get(l, dflt));
    }

    private static void addDate(PageContext ctx, List<String[]> dates, String key, LocalDate d) {
        if (d != null) dates.add(new String[] {ctx.t(key), ctx.date(d)});
    }

    /** Atom 1.0; {@code updated} comes from the data, never the clock, so rebuilds are byte-identical. */
    private void feed(Language lang) {
        String l = lang.code();
        String dflt = pages.defaultLanguage();
        String base = pages.community.site().baseUrl() == null ? "" : pages.community.site().baseUrl();
        List<Advice> all = pages.community.advice();
        LocalDate updated = all.isEmpty() ? pages.community.site().asOf() : all.get(0).dates().key();
        UiStrings t = pages.strings(l);
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(l).append("\">\n");
        x.append("  <title>").append(Xml.escape(pages.community.site().title().get(l, dflt) + " — " + t.get("advice.title")))
                .append("</title>\n");
        x.append("  <id>").append(Xml.escape(base + SitePaths.advice(l))).append("</id>\n");
        x.append("  <link rel=\"self\" href=\"").append(Xml.escape(base + SitePaths.adviceFeed(l))).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base + SitePaths.advice(l))).append("\"/>\n");
        x.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        x.append("  <author><name>").append(Xml.escape(pages.community.site().title().get(l, dflt))).append("</name></author>\n");
        for (Advice a : all) {
            String url = base + SitePaths.statement(l, a.id());
            x.append("  <entry>\n");
            x.append("    <title>").append(Xml.escape(a.title().get(l, dflt))).append("</title>\n");
            x.append("    <id>").append(Xml.escape(url)).append("</id>\n");
            x.append("    <link href=\"").append(Xml.escape(url)).append("\"/>\n");
            x.append("    <updated>").append(a.dates().key()).append("T00:00:00Z</updated>\n");
            x.append("    <category term=\"").append(a.type().code()).append("\" label=\"")
                    .append(Xml.escape(t.get("advice.type." + a.type().code()))).append("\"/>\n");
            if (!a.summary().isEmpty()) {
                x.append("    <summary>").append(Xml.escape(a.summary().get(l, dflt))).append("</summary>\n");
            }
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        pages.out.file(SitePaths.file(SitePaths.adviceFeed(l)), x.toString());
    }

    static boolean isPublicPenholder(Member m) {
        return m != null && m.isPublic();
    }
}
