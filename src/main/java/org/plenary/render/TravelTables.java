package org.plenary.render;

import org.plenary.output.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.model.Community;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
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
    public record SlotTable(List<String> programmes, List<String> slots, List<SlotRow> rows) {
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
        List<Meeting> cols = new ArrayList<>();
        for (Meeting m : pages.community.meetings()) {
            if (pages.community.travel().stream().anyMatch(t -> t.funded() && t.meeting().equals(m.id()))) cols.add(m);
        }
        List<Standing> top = pages.derived.standings().values().stream()
                .filter(s -> s.member().isPublic() && s.fundedTrips() >= MATRIX_MIN_TRIPS)
                .sorted(Comparator.comparingInt(Standing::fundedTrips).reversed().thenComparing(s -> s.member().id()))
                .toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (Standing s : top) {
            List<Boolean> marks = new ArrayList<>();
            for (Meeting m : cols) {
                marks.add(pages.community.travel().stream()
                        .anyMatch(t -> t.funded() && t.meeting().equals(m.id()) && t.member().equals(s.member().id())));
            }
            rows.add(new MatrixRow(ctx.name(s.member().name()), ctx.href(SitePaths.member(l, s.member().id())), marks,
                    s.fundedTrips()));
        }
        return new Matrix(cols.stream().map(m -> m.id().replace("ICANN", "")).toList(),
                cols.stream().map(m -> ctx.href(SitePaths.meeting(l, m.id()))).toList(), rows);
    }

    private static final int MATRIX_MIN_TRIPS = 6;

    SlotTable slotTable(PageContext ctx) {
        List<Programme> limited = pages.community.programmes().stream().filter(p -> p.slotsPerMeeting() != null).toList();
        List<SlotRow> rows = new ArrayList<>();
        for (Meeting m : newestFirst(pages.community)) {
            List<SlotUse> use = pages.derived.slotUse(m.id());
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
        return new SlotTable(limited.stream().map(p -> ctx.text(p.name())).toList(),
                limited.stream().map(p -> ctx.number(p.slotsPerMeeting())).toList(), rows);
    }

    RegionYears regionYears(PageContext ctx) {
        Map<String, Integer> yearOf = new HashMap<>();
        for (Meeting m : pages.community.meetings()) yearOf.put(m.id(), m.start().getYear());
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (TravelRecord t : pages.community.travel()) {
            if (t.funded() && yearOf.containsKey(t.meeting())) years.add(yearOf.get(t.meeting()));
        }
        List<Integer> yearList = new ArrayList<>(years);
        List<RegionRow> rows = new ArrayList<>();
        int[] totals = new int[yearList.size()];
        for (var r : pages.community.site().regions()) {
            int[] counts = new int[yearList.size()];
            for (TravelRecord t : pages.community.travel()) {
                Member who = pages.community.member(t.member());
                if (!t.funded() || who == null || !r.code().equals(who.region()) || !yearOf.containsKey(t.meeting())) continue;
                int i = yearList.indexOf(yearOf.get(t.meeting()));
                counts[i]++;
                totals[i]++;
            }
            List<Integer> list = new ArrayList<>();
            int sum = 0;
            for (int c : counts) {
                list.add(c);
                sum += c;
            }
            rows.add(new RegionRow(r.code().toUpperCase(java.util.Locale.ROOT), list, sum));
        }
        List<Integer> totalList = new ArrayList<>();
        for (int t : totals) totalList.add(t);
        return new RegionYears(yearList, rows, totalList);
    }

    static List<Meeting> newestFirst(Community community) {
        List<Meeting> list = new ArrayList<>(community.meetings());
        java.util.Collections.reverse(list);
        return list;
    }
}
