package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.model.Advice;
import org.plenary.model.Language;
import org.plenary.model.Member;
import org.plenary.model.Region;
import org.plenary.model.TravelRecord;
import org.plenary.rules.Standing;

/** Participation metrics per region (Rec. 16). Counts include aggregate-only members; nobody is named. */
public final class MetricsPage {
    public record Row(String region, String regionName, long members, long active, long voting, long policy, long outreach,
                      long travellers, long trips, long advice) {
    }

    private final Pages pages;

    MetricsPage(Pages pages) {
        this.pages = pages;
    }

    /** Writes this section's pages in one language; languages may run in parallel. */
    void render(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.metrics(l), pages.strings(l).get("metrics.title"), "metrics");
        List<Row> rows = new ArrayList<>();
        for (Region r : pages.community.site().regions()) rows.add(row(r.code().toUpperCase(java.util.Locale.ROOT), ctx.text(r.name()), r.code()));
        Row total = row(ctx.t("metrics.total"), ctx.t("metrics.total"), null);
        Charts charts = new Charts(pages);
        pages.write(ctx, "metrics.jte", Map.of("rows", rows, "total", total,
                "members", charts.membersPerRegion(ctx, rows), "trend", charts.participationTrend(ctx),
                "advice", charts.advicePerYear(ctx)), ctx.t("metrics.lede"));
    }

    private Row row(String label, String name, String region) {
        long members = 0;
        long active = 0;
        long voting = 0;
        long policy = 0;
        long outreach = 0;
        Set<String> inRegion = new HashSet<>();
        for (Member m : pages.community.members()) {
            if (region != null && !region.equals(m.region())) continue;
            inRegion.add(m.id());
            boolean current = m.left() == null || m.left().isAfter(pages.community.site().asOf());
            if (current) members++;
            Standing s = pages.derived.standing(m.id());
            if (s.active()) active++;
            if (s.voting()) voting++;
            if (s.inPolicyWork()) policy++;
            if (s.inOutreach()) outreach++;
        }
        long trips = 0;
        Set<String> travellers = new HashSet<>();
        for (TravelRecord t : pages.community.travel()) {
            if (t.funded() && inRegion.contains(t.member())) {
                trips++;
                travellers.add(t.member());
            }
        }
        long advice = 0;
        for (Advice a : pages.community.advice()) {
            if (region == null || a.penholders().stream().anyMatch(inRegion::contains)) advice++;
        }
        return new Row(label, name, members, active, voting, policy, outreach, travellers.size(), trips, advice);
    }
}
