package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plenary.content.Markdown;
import org.plenary.model.Advice;
import org.plenary.model.Draw;
import org.plenary.model.Language;
import org.plenary.model.Link;
import org.plenary.model.Member;
import org.plenary.model.MemberKind;
import org.plenary.model.Participation;
import org.plenary.model.Region;
import org.plenary.model.Role;
import org.plenary.model.Rules;
import org.plenary.model.TravelRecord;
import org.plenary.model.Workgroup;
import org.plenary.rules.MemberEntry;
import org.plenary.rules.PublicView;
import org.plenary.rules.Standing;

/**
 * The member directory and one profile per public member. Aggregate-only members are counted, never named. The
 * directory and the region pages show each member's {@link MemberEntry} and standing, so only the profile reads the
 * whole record.
 */
public final class MemberPages {
    public record Row(String name, String href, String kind, String kindCode, String country, String status,
                      String statusClass, String statusCode) {
    }

    /**
     * A region's members in the directory: its rows, or, when the directory is split by region, none, its count and
     * the link to its own pages.
     */
    public record RegionGroup(String code, Shown name, List<Row> rows, int count, String href) {
    }

    /** One page of a region's members, when the directory is split by region. */
    public record RegionPage(String code, Shown name, List<Row> rows, int total, Pagination pagination) {
    }

    public record RoleRow(String role, Shown body, String from, String to, String selectedBy, String drawHref,
                          Shown drawTitle) {
    }

    public record PeriodRow(Shown what, String href, String from, String to) {
    }

    public record TripRow(String meeting, String href, Shown programme, String status, boolean funded) {
    }

    /** A link to show; {@code note} (may be null) follows it in the page's language. */
    public record LinkRow(Shown title, String href, String note) {
    }

    public record Profile(String name, String kind, Shown region, String country, String joined, String left,
                          Shown affiliation, Shown bio, String representative, List<LinkRow> links,
                          List<String> standing, String statusClass, String statusLabel, List<RoleRow> roles,
                          List<PeriodRow> participation, List<TripRow> trips, int tripsUsed, int tripsLeft, int cap,
                          List<LinkRow> advice, List<LinkRow> draws) {
    }

    private final Pages pages;
    private final Markdown markdown = new Markdown();

    MemberPages(Pages pages) {
        this.pages = pages;
    }

    /** Members per page. Past this many public members, the directory links to a page (or pages) per region. */
    static final int PAGE_SIZE = AdvicePages.PAGE_SIZE;

    /**
     * Registers this section's pages in one language: the directory, each region's pages when the directory is split,
     * and a profile per public member.
     */
    void plan(Language lang, PageRegistry reg) {
        String l = lang.code();
        reg.page(SitePaths.members(l), l, "members", () -> directory(lang));
        if (split()) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (Member m : pages.view.members()) counts.merge(m.region(), 1, Integer::sum);
            for (Region r : pages.view.site().regions()) {
                for (int page = 1; page <= Pagination.pages(counts.getOrDefault(r.code(), 0), PAGE_SIZE); page++) {
                    int k = page;
                    reg.page(SitePaths.listPage(SitePaths.membersOfRegion(l, r.code()), k), l, "members",
                            () -> regionPage(lang, pages.view.site().region(r.code()), k));
                }
            }
        }
        for (Member m : pages.view.members()) reg.page(SitePaths.member(l, m.id()), l, "member", () -> profile(lang, pages.view.member(m.id())));
    }

    /** Whether the directory is too long for one page, and each region's members are listed on pages of their own. */
    private boolean split() {
        return pages.view.publicMemberCount() > PAGE_SIZE;
    }

    /** A region's public members in the page language's collation order of their names. */
    private List<MemberEntry> membersOf(String region, String l) {
        Comparator<String> names = pages.format(l).names();
        return pages.view.rosterOf(region).stream().sorted(Comparator.comparing((MemberEntry m) -> pages.sortKey(m, l), names)).toList();
    }

    private void directory(Language lang) {
        String l = lang.code();
        List<RegionGroup> groups = new ArrayList<>();
        PageContext ctx = pages.ctx(lang, SitePaths.members(l), pages.strings(l).get("members.title"), "members");
        boolean split = split();
        for (Region r : pages.view.site().regions()) {
            if (split) {
                int count = pages.view.rosterOf(r.code()).size();
                groups.add(new RegionGroup(r.code(), ctx.shown(r.name()), List.of(), count,
                        count == 0 ? null : ctx.href(SitePaths.membersOfRegion(l, r.code()))));
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (MemberEntry m : membersOf(r.code(), l)) rows.add(row(ctx, m));
            groups.add(new RegionGroup(r.code(), ctx.shown(r.name()), rows, rows.size(), null));
        }
        pages.write(ctx, "members/index.jte", Map.of("groups", groups, "hidden", (long) pages.view.withheldMembers(),
                "total", (long) pages.view.memberCount(), "split", split), ctx.t("members.lede"));
    }

    /** Page {@code page} of a region's members (the directory split by region). */
    private void regionPage(Language lang, Region region, int page) {
        String l = lang.code();
        String listPath = SitePaths.membersOfRegion(l, region.code());
        List<MemberEntry> all = membersOf(region.code(), l);
        int pageCount = Pagination.pages(all.size(), PAGE_SIZE);
        UiStrings t = pages.strings(l);
        String heading = t.format("members.regionTitle", region.name().get(l, pages.defaultLanguage()));
        String title = page == 1 ? heading : t.format("pages.title", heading, String.valueOf(page));
        PageContext ctx = pages.ctx(lang, SitePaths.listPage(listPath, page), title, "members");
        List<Row> rows = new ArrayList<>();
        for (MemberEntry m : Pagination.slice(all, page, PAGE_SIZE)) rows.add(row(ctx, m));
        RegionPage p = new RegionPage(region.code(), ctx.shown(region.name()), rows, all.size(),
                pageCount > 1 ? Pagination.of(ctx, listPath, page, pageCount) : null);
        pages.write(ctx, "members/region.jte", Map.of("r", p), ctx.t("members.lede"));
    }

    private Row row(PageContext ctx, MemberEntry m) {
        Standing s = pages.view.standing(m.id());
        return new Row(ctx.name(m.name()), ctx.href(SitePaths.member(ctx.lang(), m.id())), kind(ctx, m.kind()), m.kind().code(),
                country(ctx, m.country()), statusLabel(ctx, m, s), statusClass(s), statusCode(ctx, m, s));
    }

    private void profile(Language lang, Member m) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.member(l, m.id()), pages.name(m, l), "members");
        Standing s = pages.view.standing(m.id());
        MemberEntry entry = MemberEntry.of(m);
        Rules rules = pages.view.site().rules();
        Region region = m.region() == null ? null : pages.view.site().region(m.region());

        List<RoleRow> roles = new ArrayList<>();
        for (Role r : m.roles().stream().sorted(Comparator.comparing(Role::from).reversed()).toList()) {
            Draw d = r.draw() == null ? null : pages.view.draw(r.draw());
            roles.add(new RoleRow(ctx.t("role." + r.role().code()), body(ctx, r.body()), ctx.date(r.from()),
                    r.to() == null ? ctx.t("common.present") : ctx.date(r.to()),
                    r.selectedBy() == null ? "" : ctx.t("selected." + r.selectedBy().code()),
                    d == null ? null : ctx.href(SitePaths.draw(l, d.id())), d == null ? null : ctx.shown(d.title())));
        }
        List<PeriodRow> participation = new ArrayList<>();
        for (Participation p : m.participation().stream().sorted(Comparator.comparing(Participation::from).reversed()).toList()) {
            Workgroup wg = pages.view.workgroup(p.workgroup());
            participation.add(new PeriodRow(wg == null ? ctx.in(p.workgroup(), null) : ctx.shown(wg.name()), null, ctx.date(p.from()),
                    p.to() == null ? ctx.t("common.present") : ctx.date(p.to())));
        }
        List<TripRow> trips = new ArrayList<>();
        for (TravelRecord t : pages.view.tripsOf(m.id())) {
            var programme = pages.view.programme(t.programme());
            trips.add(new TripRow(t.meeting(), ctx.href(SitePaths.meeting(l, t.meeting())),
                    programme == null ? ctx.in(t.programme(), null) : ctx.shown(programme.name()), ctx.t("travel.status." + t.status().code()),
                    t.funded()));
        }
        java.util.Collections.reverse(trips);
        List<LinkRow> advice = new ArrayList<>();
        for (Advice a : pages.view.pennedBy(m.id())) {
            advice.add(new LinkRow(ctx.shown(a.title()), ctx.href(SitePaths.statement(l, a.id())), null));
        }
        List<LinkRow> draws = new ArrayList<>();
        for (PublicView.DrawEntry e : pages.view.drawsOf(m.id())) {
            Draw d = e.draw();
            draws.add(new LinkRow(ctx.shown(d.title()), ctx.href(SitePaths.draw(l, d.id())),
                    ctx.t(e.selected() ? "draws.selected" : "draws.notSelected")));
        }
        List<LinkRow> links = new ArrayList<>();
        for (Link k : m.links()) links.add(new LinkRow(ctx.shown(k.title()), k.url(), null));
        Shown bioText = ctx.shown(m.bio());
        Shown bio = bioText.isEmpty() ? bioText : bioText.with(markdown.toHtml(bioText.text(), ctx.path()));
        Profile profile = new Profile(ctx.name(m.name()), kind(ctx, m.kind()), region == null ? Shown.EMPTY : ctx.shown(region.name()),
                country(ctx, m.country()), ctx.date(m.joined()), m.left() == null ? "" : ctx.date(m.left()),
                ctx.shown(m.affiliation()), bio, m.representative(), links,
                standing(ctx, entry, s, rules), statusClass(s), statusLabel(ctx, entry, s), roles, participation, trips,
                s.fundedTrips(), s.tripsLeft(), rules.travelLifetimeCap(), advice, draws);
        pages.write(ctx, "members/profile.jte", Map.of("p", profile), ctx.t("members.profile.description", profile.name()),
                JsonLd.member(ctx, m, profile.region().text()));
    }

    /** The "why" behind a member's status, one sentence each, in the page's language. */
    private static List<String> standing(PageContext ctx, MemberEntry m, Standing s, Rules rules) {
        List<String> out = new ArrayList<>();
        if (m.leftBy(ctx.site().asOf())) out.add(ctx.t("status.left", ctx.date(m.left())));
        if (s.active()) {
            out.add(ctx.t("status.active", ctx.date(s.activeSince()), rules.activeMinMonths()));
            out.add(ctx.t("status.voting.active"));
        } else {
            out.add(ctx.t("status.inactive", rules.activeMinMonths()));
            if (s.voting()) {
                out.add(ctx.t("status.voting.until", ctx.date(s.votingUntil()), rules.votingValidMonths(), ctx.date(s.lastActiveEnd())));
            } else if (s.votingUntil() != null) {
                out.add(ctx.t("status.voting.lapsed", ctx.date(s.votingUntil())));
            } else {
                out.add(ctx.t("status.voting.none", rules.activeMinMonths()));
            }
        }
        out.add(ctx.t(s.alacEligible() ? "status.candidacy.yes" : "status.candidacy.no", s.activeMonths(),
                rules.alacCandidacyMinMonths()));
        return out;
    }

    private static String statusLabel(PageContext ctx, MemberEntry m, Standing s) {
        return ctx.t("status.label." + statusCode(ctx, m, s));
    }

    private static String statusCode(PageContext ctx, MemberEntry m, Standing s) {
        if (s.active()) return "active";
        if (s.voting()) return "voting";
        if (m.leftBy(ctx.site().asOf())) return "left";
        return "inactive";
    }

    private static String statusClass(Standing s) {
        return s.active() ? "ok" : s.voting() ? "warn" : "off";
    }

    private static String kind(PageContext ctx, MemberKind kind) {
        return ctx.t(kind == MemberKind.ORGANIZATION ? "kind.organization" : "kind.individual");
    }

    /** A country's name in the page language (see {@link Localizer#country}); "" for none. */
    static String country(PageContext ctx, String code) {
        return ctx.format().country(code);
    }

    private Shown body(PageContext ctx, String body) {
        if (body == null) return Shown.EMPTY;
        Workgroup wg = pages.view.workgroup(body);
        return wg == null ? ctx.in(body, null) : ctx.shown(wg.name());
    }
}
