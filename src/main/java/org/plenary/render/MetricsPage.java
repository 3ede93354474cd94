package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.model.Language;
import org.plenary.model.Region;
import org.plenary.rules.Tallies;

/** Participation metrics per region (Rec. 16). Counts include aggregate-only members; nobody is named. */
public final class MetricsPage {
    public record Row(String region, String regionName, long members, long active, long voting, long policy, long outreach,
                      long travellers, long trips, long advice) {
    }

    private final Pages pages;

    MetricsPage(Pages pages) {
        this.pages = pages;
    }

    /** Registers the metrics page of one language. */
    void plan(Language lang, PageRegistry reg) {
        reg.page(SitePaths.metrics(lang.code()), lang.code(), "metrics", () -> render(lang));
    }

    private void render(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.metrics(l), pages.strings(l).get("metrics.title"), "metrics");
        List<Row> rows = new ArrayList<>();
        for (Region r : pages.view.site().regions()) rows.add(row(r.code().toUpperCase(java.util.Locale.ROOT), ctx.text(r.name()), r.code()));
        Row total = row(ctx.t("metrics.total"), ctx.t("metrics.total"), null);
        Charts charts = new Charts(pages);
        pages.write(ctx, "metrics.jte", Map.of("rows", rows, "total", total,
                "members", charts.membersPerRegion(ctx, rows), "trend", charts.participationTrend(ctx),
                "advice", charts.advicePerYear(ctx)), ctx.t("metrics.lede"));
    }

    private Row row(String label, String name, String region) {
        Tallies.RegionCounts c = region == null ? pages.view.tallies().total() : pages.view.tallies().region(region);
        return new Row(label, name, c.members(), c.active(), c.voting(), c.policy(), c.outreach(), c.travellers(), c.trips(),
                c.advice());
    }
}
