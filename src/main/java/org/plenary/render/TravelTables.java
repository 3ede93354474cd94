package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.rules.PublicView;
import org.plenary.model.Meeting;
import org.plenary.model.Programme;
import org.plenary.model.TravelRecord;
import org.plenary.rules.SlotUse;
import org.plenary.rules.Standing;

/**
 * The cross-tabulations of the travel overview: who travels meeting after meeting (the review's Table 11), slots
 * used against the slot model, and trips per region and year.
 */
public final class TravelTables {
    /** The review's Table 11: people × meetings, a mark where a trip was funded. */
    public record Matrix(List<String> meetings, List<String> meetingHrefs, List<MatrixRow> rows) {
    }

    public record MatrixRow(String name, String href, List<Boolean> funded, int total) {
    }

    /** Slots used per meeting and programme, against each programme's slots per meeting. */
    public record SlotTable(List<Shown> programmes, List<String> slots, List<SlotRow> rows) {
    }

    public record SlotRow(String meeting, String href, List<String> cells, List<Boolean> full) {
    }

    /** Funded trips per region and year. */
    public record RegionYears(List<Integer> years, List<RegionRow> rows, List<Integer> totals) {
    }

    public record RegionRow(String region, List<Integer> counts, int total) {
    }

    private final Pages pages;

    TravelTables(Pages pages) {
        this.pages = pages;
    }

    /** Rows: the public members with the most funded trips; columns: meetings where anyone was funded. */
    Matrix matrix(PageContext ctx) {
        String l = ctx.lang();
        List<Meeting> cols = pages.view.tallies().meetingsWithTrips().stream().map(pages.view::meeting).toList();
        List<Standing> top = pages.view.standings().stream()
                .filter(s -> s.fundedTrips() >= MATRIX_MIN_TRIPS)
                .sorted(Comparator.comparingInt(Standing::fundedTrips).reversed().thenComparing(Standing::memberId))
                .toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (Standing s : top) {
            java.util.Set<String> went = new java.util.HashSet<>();
            for (TravelRecord t : pages.view.tripsOf(s.memberId())) if (t.funded()) went.add(t.meeting());
            List<Boolean> marks = new ArrayList<>();
            for (Meeting m : cols) marks.add(went.contains(m.id()));
            rows.add(new MatrixRow(ctx.name(pages.view.entry(s.memberId()).name()), ctx.href(SitePaths.member(l, s.memberId())), marks,
                    s.fundedTrips()));
        }
        return new Matrix(cols.stream().map(m -> m.id().replace("ICANN", "")).toList(),
                cols.stream().map(m -> ctx.href(SitePaths.meeting(l, m.id()))).toList(), rows);
    }

    private static final int MATRIX_MIN_TRIPS = 6;

    SlotTable slotTable(PageContext ctx) {
        List<Programme> limited = pages.view.programmes().stream().filter(p -> p.slotsPerMeeting() != null).toList();
        List<SlotRow> rows = new ArrayList<>();
        for (Meeting m : newestFirst(pages.view)) {
            List<SlotUse> use = pages.view.slotUseAt(m.id());
            if (use.isEmpty()) continue;
            List<String> cells = new ArrayList<>();
            List<Boolean> full = new ArrayList<>();
            for (Programme p : limited) {
                int used = use.stream().filter(u -> u.programme().equals(p.id())).mapToInt(SlotUse::used).sum();
                cells.add(used == 0 ? "—" : ctx.number(used));
                full.add(used >= p.slotsPerMeeting());
            }
            rows.add(new SlotRow(m.id(), ctx.href(SitePaths.meeting(ctx.lang(), m.id())), cells, full));
        }
        return new SlotTable(limited.stream().map(p -> ctx.shown(p.name())).toList(),
                limited.stream().map(p -> ctx.number(p.slotsPerMeeting())).toList(), rows);
    }

    RegionYears regionYears(PageContext ctx) {
        var tallies = pages.view.tallies();
        List<Integer> yearList = tallies.travelYears();
        List<RegionRow> rows = new ArrayList<>();
        int[] totals = new int[yearList.size()];
        for (var r : pages.view.site().regions()) {
            List<Integer> counts = tallies.fundedPerYear(r.code());
            int sum = 0;
            for (int i = 0; i < counts.size(); i++) {
                sum += counts.get(i);
                totals[i] += counts.get(i);
            }
            rows.add(new RegionRow(r.code().toUpperCase(java.util.Locale.ROOT), counts, sum));
        }
        List<Integer> totalList = new ArrayList<>();
        for (int t : totals) totalList.add(t);
        return new RegionYears(yearList, rows, totalList);
    }

    static List<Meeting> newestFirst(PublicView community) {
        List<Meeting> list = new ArrayList<>(community.meetings());
        java.util.Collections.reverse(list);
        return list;
    }
}
