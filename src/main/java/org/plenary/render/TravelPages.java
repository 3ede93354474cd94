package org.plenary.render;

import org.plenary.output.SitePaths;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenary.content.Markdown;
import org.plenary.model.ApplicationCount;
import org.plenary.model.Language;
import org.plenary.model.Meeting;
import org.plenary.rules.MemberEntry;
import org.plenary.model.Money;
import org.plenary.model.Programme;
import org.plenary.model.TravelRecord;
import org.plenary.model.TravelStatus;
import org.plenary.rules.SlotUse;
import org.plenary.rules.Standing;
import org.plenary.rules.Tallies;

/** Travel transparency (Rec. 13): overview, a page per meeting, a page per programme. */
public final class TravelPages {
    public record MeetingRow(String id, String href, Shown city, String start, String end, int funded, String cost, boolean virtual) {
    }

    public record ProgrammeRow(Shown name, String href, String slots, int funded) {
    }

    public record CapRow(String name, String href, int trips, int left, int percent) {
    }

    public record Traveller(String name, String href, Shown programme, String programmeHref, String airfare,
                            String hotelNights, String perDiemDays, String cost) {
    }

    public record Count(Shown label, String value) {
    }

    public record MeetingView(String id, Shown city, String country, String start, String end, String kind, boolean virtual,
                              List<Traveller> travellers, int unnamed, List<Count> outcomes, List<Count> applications,
                              List<Count> slots, String totalCost) {
    }

    public record ProgrammeView(Shown name, Shown description, Shown eligibility, Shown howToApply,
                                Shown covers, String slots, String url, List<MeetingRow> meetings) {
    }

    private final Pages pages;
    private final Markdown markdown = new Markdown();

    TravelPages(Pages pages) {
        this.pages = pages;
    }

    /** Registers this section's pages in one language: the overview, a page per meeting and per programme. */
    void plan(Language lang, PageRegistry reg) {
        String l = lang.code();
        reg.page(SitePaths.travel(l), l, "travel", () -> overview(lang));
        for (Meeting m : pages.view.meetings()) reg.page(SitePaths.meeting(l, m.id()), l, "meeting", () -> meeting(lang, pages.view.meeting(m.id())));
        for (Programme p : pages.view.programmes()) {
            reg.page(SitePaths.programme(l, p.id()), l, "programme", () -> programme(lang, pages.view.programme(p.id())));
        }
    }

    private void overview(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.travel(l), pages.strings(l).get("travel.title"), "travel");
        List<MeetingRow> meetings = new ArrayList<>();
        for (Meeting m : TravelTables.newestFirst(pages.view)) {
            MeetingRow row = meetingRow(ctx, m, null);
            if (row.funded() > 0) meetings.add(row);
        }
        List<ProgrammeRow> programmes = new ArrayList<>();
        for (Programme p : pages.view.programmes()) {
            int funded = pages.view.tallies().fundedBy(p.id());
            programmes.add(new ProgrammeRow(ctx.shown(p.name()), ctx.href(SitePaths.programme(l, p.id())),
                    p.slotsPerMeeting() == null ? "—" : ctx.number(p.slotsPerMeeting()), funded));
        }
        int cap = pages.view.site().rules().travelLifetimeCap();
        List<CapRow> tracker = new ArrayList<>();
        pages.view.standings().stream()
                .filter(s -> s.fundedTrips() > 0)
                .sorted(Comparator.comparingInt(Standing::fundedTrips).reversed().thenComparing(Standing::memberId))
                .limit(15)
                .forEach(s -> tracker.add(new CapRow(ctx.name(pages.view.entry(s.memberId()).name()), ctx.href(SitePaths.member(l, s.memberId())),
                        s.fundedTrips(), s.tripsLeft(), cap == 0 ? 100 : Math.min(100, s.fundedTrips() * 100 / cap))));
        long funded = pages.view.tallies().fundedTrips();
        long people = pages.view.tallies().travellers();
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("meetings", meetings);
        params.put("programmes", programmes);
        params.put("tracker", tracker);
        params.put("cap", cap);
        params.put("funded", funded);
        params.put("people", people);
        TravelTables tables = new TravelTables(pages);
        params.put("matrix", tables.matrix(ctx));
        params.put("slotTable", tables.slotTable(ctx));
        // A site that explains its travel policy in content/<lang>/travel-policy.md gets a link to it here.
        params.put("policyPage", pages.content.page("travel-policy").isEmpty() ? null : ctx.href(SitePaths.page(l, "travel-policy")));
        TravelTables.RegionYears regions = tables.regionYears(ctx);
        params.put("regions", regions);
        Charts charts = new Charts(pages);
        params.put("perMeeting", charts.tripsPerMeeting(ctx));
        params.put("perYear", charts.tripsPerRegionYear(ctx, regions));
        params.put("perProgramme", charts.tripsPerProgramme(ctx, programmes));
        pages.write(ctx, "travel/index.jte", params, ctx.t("travel.lede"));
    }

    private MeetingRow meetingRow(PageContext ctx, Meeting m, String programme) {
        Tallies.TripTotal total = programme == null ? pages.view.tallies().atMeeting(m.id())
                : pages.view.tallies().atMeeting(m.id(), programme);
        return new MeetingRow(m.id(), ctx.href(SitePaths.meeting(ctx.lang(), m.id())), ctx.shown(m.city()),
                ctx.date(m.start()), ctx.date(m.end()), total.funded(), money(ctx, total.cost()), m.virtual());
    }

    private void meeting(Language lang, Meeting m) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.meeting(l, m.id()),
                pages.strings(l).format("travel.meeting.title", m.id(), m.city().get(l, pages.defaultLanguage())), "travel");
        List<Traveller> travellers = new ArrayList<>();
        int unnamed = 0;
        for (TravelRecord t : pages.view.travelAt(m.id())) {
            if (!t.funded()) continue;
            MemberEntry who = pages.view.entry(t.member());
            if (who == null) {
                unnamed++;
                continue;
            }
            Programme p = pages.view.programme(t.programme());
            var c = t.covers();
            travellers.add(new Traveller(ctx.name(who.name()), ctx.href(SitePaths.member(l, who.id())),
                    p == null ? ctx.in(t.programme(), null) : ctx.shown(p.name()), ctx.href(SitePaths.programme(l, t.programme())),
                    c == null || c.airfare() == null ? "—" : ctx.t("travel.airfare." + c.airfare().code()),
                    c == null || c.hotelNights() == null ? "—" : ctx.number(c.hotelNights()),
                    c == null || c.perDiemDays() == null ? "—" : ctx.number(c.perDiemDays()),
                    t.cost() == null ? "—" : money(ctx, t.cost())));
        }
        travellers.sort(Comparator.comparing((Traveller t) -> t.programme().text()).thenComparing(Traveller::name, pages.format(l).names()));
        List<Count> outcomeRows = new ArrayList<>();
        pages.view.tallies().outcomesAt(m.id()).forEach((s, n) -> outcomeRows.add(new Count(ctx.in(ctx.t("travel.status." + s.code()), null), ctx.number(n))));
        List<Count> applications = new ArrayList<>();
        for (ApplicationCount a : pages.view.applicationsAt(m.id())) {
            Programme p = pages.view.programme(a.programme());
            applications.add(new Count(p == null ? ctx.in(a.programme(), null) : ctx.shown(p.name()), ctx.number(a.received())));
        }
        List<Count> slots = new ArrayList<>();
        for (SlotUse s : pages.view.slotUseAt(m.id())) {
            Programme p = pages.view.programme(s.programme());
            slots.add(new Count(p == null ? ctx.in(s.programme(), null) : ctx.shown(p.name()),
                    s.slots() == null ? ctx.number(s.used()) : ctx.t("travel.slots.used", ctx.number(s.used()), ctx.number(s.slots()))));
        }
        MeetingView view = new MeetingView(m.id(), ctx.shown(m.city()), MemberPages.country(ctx, m.country()), ctx.date(m.start()), ctx.date(m.end()),
                ctx.t("meeting.kind." + m.kind().code()), m.virtual(), travellers, unnamed, outcomeRows, applications, slots,
                money(ctx, pages.view.tallies().atMeeting(m.id()).cost()));
        pages.write(ctx, "travel/meeting.jte", Map.of("m", view), ctx.title(), JsonLd.meeting(ctx, m));
    }

    private void programme(Language lang, Programme p) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.programme(l, p.id()), p.name().get(l, pages.defaultLanguage()), "travel");
        List<MeetingRow> meetings = new ArrayList<>();
        for (Meeting m : TravelTables.newestFirst(pages.view)) {
            MeetingRow row = meetingRow(ctx, m, p.id());
            if (row.funded() > 0) meetings.add(row);
        }
        Shown howToApply = ctx.shown(p.howToApply());
        ProgrammeView view = new ProgrammeView(ctx.shown(p.name()), ctx.shown(p.description()), ctx.shown(p.eligibility()),
                howToApply.isEmpty() ? howToApply : howToApply.with(markdown.toHtml(howToApply.text(), ctx.path())), ctx.shown(p.covers()),
                p.slotsPerMeeting() == null ? null : ctx.number(p.slotsPerMeeting()), p.url(), meetings);
        pages.write(ctx, "travel/programme.jte", Map.of("p", view), view.description().text());
    }

    private static String money(PageContext ctx, Money m) {
        return ctx.format().money(m.amount(), m.currency());
    }

    private static String money(PageContext ctx, Map<String, BigDecimal> byCurrency) {
        if (byCurrency.isEmpty()) return "—";
        List<String> parts = new ArrayList<>();
        byCurrency.forEach((c, a) -> parts.add(ctx.format().money(a, c)));
        return String.join(" + ", parts);
    }
}
