package org.plenary.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.plenary.model.Advice;
import org.plenary.model.AdviceType;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Participation;
import org.plenary.model.Region;
import org.plenary.model.TravelRecord;
import org.plenary.render.chart.BarChart;
import org.plenary.render.chart.ChartData;
import org.plenary.render.chart.ChartOptions;
import org.plenary.render.chart.HorizontalBarChart;
import org.plenary.render.chart.LineChart;
import org.plenary.render.chart.RenderedChart;
import org.plenary.render.chart.Series;

/** The figures of the travel and metrics pages, computed from the model and drawn as SVG at build time. */
final class Charts {
    private final Pages pages;

    Charts(Pages pages) {
        this.pages = pages;
    }

    private ChartOptions.Builder options(PageContext ctx, String id, String titleKey) {
        return ChartOptions.builder(id, ctx.t(titleKey))
                .description(ctx.t(titleKey + ".desc"))
                .locale(ctx.format().locale())
                .rtl(ctx.rtl())
                .totalLabel(ctx.t("metrics.total"))
                .noDataMessage(ctx.t("common.none"));
    }

    /** Funded trips per meeting, stacked by the traveller's region. */
    RenderedChart tripsPerMeeting(PageContext ctx) {
        var tallies = pages.view.tallies();
        List<Meeting> meetings = tallies.meetingsWithTrips().stream().map(pages.view::meeting).toList();
        List<Region> regions = pages.view.site().regions();
        double[][] counts = new double[regions.size()][meetings.size()];
        for (int r = 0; r < regions.size(); r++) {
            for (int c = 0; c < meetings.size(); c++) counts[r][c] = tallies.fundedAt(meetings.get(c).id(), regions.get(r).code());
        }
        Series[] series = new Series[regions.size()];
        for (int r = 0; r < regions.size(); r++) series[r] = Series.of(acronym(regions.get(r)), counts[r]);
        ChartData data = ChartData.of(meetings.stream().map(Meeting::id).toList(), series);
        return BarChart.stacked().render(data, options(ctx, "chart-trips-meeting", "chart.tripsPerMeeting")
                .categoryLabel(ctx.t("travel.col.meeting")).valueLabel(ctx.t("travel.col.trips")).build());
    }

    /** Funded trips per programme, over all meetings: the overview's programme table, drawn. */
    RenderedChart tripsPerProgramme(PageContext ctx, List<TravelPages.ProgrammeRow> programmes) {
        List<TravelPages.ProgrammeRow> funded = programmes.stream().filter(p -> p.funded() > 0).toList();
        ChartData data = ChartData.of(funded.stream().map(p -> p.name().text()).toList(),
                Series.of(ctx.t("travel.col.funded"), funded.stream().map(TravelPages.ProgrammeRow::funded).toList()));
        return HorizontalBarChart.grouped().render(data, options(ctx, "chart-programmes", "chart.programmes")
                .categoryLabel(ctx.t("travel.col.programme")).valueLabel(ctx.t("travel.col.trips")).build());
    }

    /** Funded trips per year, one line per region. */
    RenderedChart tripsPerRegionYear(PageContext ctx, TravelTables.RegionYears table) {
        List<String> years = table.years().stream().map(String::valueOf).toList();
        Series[] series = new Series[table.rows().size()];
        for (int i = 0; i < series.length; i++) {
            series[i] = Series.of(table.rows().get(i).region(), table.rows().get(i).counts());
        }
        return new LineChart().render(ChartData.of(years, series), options(ctx, "chart-trips-year", "chart.tripsPerYear")
                .categoryLabel(ctx.t("chart.year")).valueLabel(ctx.t("travel.col.trips")).build());
    }

    /** Members, active members and voting members per region. */
    RenderedChart membersPerRegion(PageContext ctx, List<MetricsPage.Row> rows) {
        List<String> regions = rows.stream().map(MetricsPage.Row::region).toList();
        ChartData data = ChartData.of(regions,
                Series.of(ctx.t("metrics.currentMembers"), rows.stream().map(MetricsPage.Row::members).toList()),
                Series.of(ctx.t("metrics.active"), rows.stream().map(MetricsPage.Row::active).toList()),
                Series.of(ctx.t("metrics.voting"), rows.stream().map(MetricsPage.Row::voting).toList()));
        return HorizontalBarChart.grouped().render(data, options(ctx, "chart-members", "chart.members")
                .categoryLabel(ctx.t("members.region")).valueLabel(ctx.t("metrics.currentMembers")).build());
    }

    /** Members in working groups at the end of each year, per region: the participation trend. */
    RenderedChart participationTrend(PageContext ctx) {
        var tallies = pages.view.tallies();
        List<Integer> yearList = tallies.participationYears();
        List<Region> regions = pages.view.site().regions();
        Series[] series = new Series[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            series[r] = Series.of(acronym(regions.get(r)), tallies.inWorkgroups(regions.get(r).code()));
        }
        return new LineChart().render(ChartData.of(yearList.stream().map(String::valueOf).toList(), series),
                options(ctx, "chart-participation", "chart.participation")
                        .categoryLabel(ctx.t("chart.year")).valueLabel(ctx.t("metrics.members")).build());
    }

    /** Advice statements per year, stacked by type. */
    RenderedChart advicePerYear(PageContext ctx) {
        var tallies = pages.view.tallies();
        List<Integer> yearList = tallies.adviceYears();
        List<Series> series = new ArrayList<>();
        for (AdviceType type : AdviceType.values()) {
            if (tallies.advice(type) > 0) series.add(Series.of(ctx.t("advice.type." + type.code()), tallies.advicePerYear(type)));
        }
        return BarChart.stacked().render(ChartData.of(yearList.stream().map(String::valueOf).toList(), series.toArray(Series[]::new)),
                options(ctx, "chart-advice", "chart.advice")
                        .categoryLabel(ctx.t("chart.year")).valueLabel(ctx.t("metrics.advice")).build());
    }

    /** Regions are known by their acronyms (AFRALO…); full names would crowd a legend. */
    private static String acronym(Region r) {
        return r.code().toUpperCase(java.util.Locale.ROOT);
    }

    private static int indexOfRegion(List<Region> regions, String code) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).code().equals(code)) return i;
        }
        return -1;
    }
}
