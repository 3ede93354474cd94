package org.plenary.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plenary.model.Advice;
import org.plenary.model.AdviceType;
import org.plenary.model.Community;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Participation;
import org.plenary.model.Region;
import org.plenary.model.TravelRecord;
import org.plenary.model.TravelStatus;
import org.plenary.identity.Reads;

/**
 * Every count the site publishes, derived once from the whole community so that pages, charts and datasets read
 * the same numbers (and no page recounts the records). Counts include {@code aggregate-only} members — that is
 * what "counted in aggregates only" means (SPEC §2) — but nothing here names anyone: keys are meetings,
 * programmes, regions, years and types, never member ids.
 *
 * <p>Built in one pass over travel, members and advice: O(records), not O(records × pages).
 */
public final class Tallies {

    /** Funded trips and their recorded cost, per ISO 4217 currency (sorted by currency code). */
    public record TripTotal(int funded, SortedMap<String, BigDecimal> cost) {
        static final TripTotal NONE = new TripTotal(0, Collections.emptySortedMap());
    }

    /**
     * Participation metrics of one region, or of the whole community (Rec. 16).
     *
     * @param members    members who have not left as of {@code as_of}
     * @param active     active members (SPEC §3)
     * @param voting     members with voting rights
     * @param policy     members in a policy working group now
     * @param outreach   members in an outreach working group now
     * @param travellers distinct members with at least one funded trip
     * @param trips      funded trips
     * @param advice     statements with at least one penholder from the region (each statement counted once)
     */
    public record RegionCounts(long members, long active, long voting, long policy, long outreach, long travellers,
                               long trips, long advice) {
    }

    private final Map<String, TripTotal> byMeeting;
    private final Map<String, TripTotal> byMeetingProgramme;
    private final Map<String, Integer> byProgramme;
    private final Map<String, Integer> byMeetingRegion;
    private final Map<String, Map<TravelStatus, Integer>> outcomes;
    private final Map<String, RegionCounts> regions;
    private final RegionCounts total;
    private final List<Integer> travelYears;
    private final Map<String, int[]> fundedPerRegionYear;
    private final List<Integer> participationYears;
    private final Map<String, int[]> inWorkgroupsPerRegionYear;
    private final List<Integer> adviceYears;
    private final Map<AdviceType, int[]> advicePerTypeYear;
    private final Map<AdviceType, Integer> advicePerType;
    private final List<String> meetingsWithTrips;
    private final int fundedTrips;
    private final int travellers;

    Tallies(Community c, Map<String, Standing> standings) {
        LocalDate asOf = c.site().asOf();
        Map<String, String> regionOf = new HashMap<>();
        for (Member m : c.members()) regionOf.put(m.id(), m.region());
        Map<String, Integer> yearOf = new HashMap<>();
        for (Meeting m : c.meetings()) yearOf.put(m.id(), m.start().getYear());

        // Travel: one pass.
        Map<String, Builder> meeting = new HashMap<>();
        Map<String, Builder> meetingProgramme = new HashMap<>();
        Map<String, Integer> programme = new HashMap<>();
        Map<String, Integer> meetingRegion = new HashMap<>();
        Map<String, Map<TravelStatus, Integer>> out = new HashMap<>();
        Map<String, Set<String>> travellersByRegion = new HashMap<>();
        Map<String, Integer> tripsByRegion = new HashMap<>();
        Set<String> everyone = new HashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        Set<String> tripMeetings = new HashSet<>();
        int funded = 0;
        for (TravelRecord t : c.travel()) {
            out.computeIfAbsent(t.meeting(), k -> new EnumMap<>(TravelStatus.class)).merge(t.status(), 1, Integer::sum);
            if (!t.funded()) continue;
            funded++;
            everyone.add(t.member());
            tripMeetings.add(t.meeting());
            meeting.computeIfAbsent(t.meeting(), k -> new Builder()).add(t);
            meetingProgramme.computeIfAbsent(key(t.meeting(), t.programme()), k -> new Builder()).add(t);
            programme.merge(t.programme(), 1, Integer::sum);
            String region = regionOf.get(t.member());
            if (region != null) {
                meetingRegion.merge(key(t.meeting(), region), 1, Integer::sum);
                travellersByRegion.computeIfAbsent(region, k -> new HashSet<>()).add(t.member());
                tripsByRegion.merge(region, 1, Integer::sum);
            }
            Integer y = yearOf.get(t.meeting());
            if (y != null) years.add(y);
        }
        this.fundedTrips = funded;
        this.travellers = everyone.size();
        this.byMeeting = build(meeting);
        this.byMeetingProgramme = build(meetingProgramme);
        this.byProgramme = Map.copyOf(programme);
        this.byMeetingRegion = Map.copyOf(meetingRegion);
        Map<String, Map<TravelStatus, Integer>> outcomesCopy = new HashMap<>();
        out.forEach((k, v) -> outcomesCopy.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
        this.outcomes = Map.copyOf(outcomesCopy);
        List<String> withTrips = new ArrayList<>();
        for (Meeting m : c.meetings()) if (tripMeetings.contains(m.id())) withTrips.add(m.id());
        this.meetingsWithTrips = List.copyOf(withTrips);

        this.travelYears = List.copyOf(years);
        Map<String, int[]> perRegionYear = new HashMap<>();
        for (Region r : c.site().regions()) perRegionYear.put(r.code(), new int[travelYears.size()]);
        for (TravelRecord t : c.travel()) {
            if (!t.funded()) continue;
            int[] row = perRegionYear.get(regionOf.get(t.member()));
            Integer y = yearOf.get(t.meeting());
            if (row != null && y != null) row[travelYears.indexOf(y)]++;
        }
        this.fundedPerRegionYear = Map.copyOf(perRegionYear);

        // Advice: per type and year, and per region through penholders.
        TreeSet<Integer> aYears = new TreeSet<>();
        for (Advice a : c.advice()) aYears.add(a.dates().key().getYear());
        this.adviceYears = List.copyOf(aYears);
        Map<AdviceType, int[]> perTypeYear = new EnumMap<>(AdviceType.class);
        Map<AdviceType, Integer> perType = new EnumMap<>(AdviceType.class);
        Map<String, Integer> adviceByRegion = new HashMap<>();
        for (Advice a : c.advice()) {
            perTypeYear.computeIfAbsent(a.type(), k -> new int[adviceYears.size()])[adviceYears.indexOf(a.dates().key().getYear())]++;
            perType.merge(a.type(), 1, Integer::sum);
            Set<String> penRegions = new HashSet<>();
            for (String p : a.penholders()) {
                String r = regionOf.get(p);
                if (r != null) penRegions.add(r);
            }
            for (String r : penRegions) adviceByRegion.merge(r, 1, Integer::sum);
        }
        this.advicePerTypeYear = Collections.unmodifiableMap(perTypeYear);
        this.advicePerType = Collections.unmodifiableMap(perType);

        // Members per region.
        Map<String, long[]> counts = new HashMap<>();
        long[] all = new long[5];
        for (Member m : c.members()) {
            long[] row = counts.computeIfAbsent(m.region(), k -> new long[5]);
            Standing s = standings.get(m.id());
            boolean current = m.left() == null || m.left().isAfter(asOf);
            long[] inc = {current ? 1 : 0, s.active() ? 1 : 0, s.voting() ? 1 : 0, s.inPolicyWork() ? 1 : 0, s.inOutreach() ? 1 : 0};
            for (int i = 0; i < 5; i++) {
                row[i] += inc[i];
                all[i] += inc[i];
            }
        }
        Map<String, RegionCounts> byRegion = new HashMap<>();
        for (Region r : c.site().regions()) {
            long[] v = counts.getOrDefault(r.code(), new long[5]);
            byRegion.put(r.code(), new RegionCounts(v[0], v[1], v[2], v[3], v[4],
                    travellersByRegion.getOrDefault(r.code(), Set.of()).size(), tripsByRegion.getOrDefault(r.code(), 0),
                    adviceByRegion.getOrDefault(r.code(), 0)));
        }
        this.regions = Map.copyOf(byRegion);
        this.total = new RegionCounts(all[0], all[1], all[2], all[3], all[4], travellers, fundedTrips, c.advice().size());

        // Participation trend: members in a working group on 31 December of each year (as_of for the current year).
        TreeSet<Integer> pYears = new TreeSet<>();
        for (Member m : c.members()) for (Participation p : m.participation()) pYears.add(p.from().getYear());
        this.participationYears = pYears.isEmpty() || pYears.first() > asOf.getYear() ? List.of()
                : List.copyOf(pYears.subSet(pYears.first(), true, asOf.getYear(), true));
        Map<String, int[]> trend = new HashMap<>();
        for (Region r : c.site().regions()) trend.put(r.code(), new int[participationYears.size()]);
        for (Member m : c.members()) {
            int[] row = trend.get(m.region());
            if (row == null) continue;
            for (int y = 0; y < participationYears.size(); y++) {
                LocalDate day = LocalDate.of(participationYears.get(y), 12, 31);
                LocalDate at = day.isAfter(asOf) ? asOf : day;
                if (m.participation().stream().anyMatch(p -> p.period().contains(at))) row[y]++;
            }
        }
        this.inWorkgroupsPerRegionYear = Map.copyOf(trend);
    }

    private static String key(String meeting, String programme) {
        return meeting + "\u0000" + programme;
    }

    /** Funded trips and cost to a meeting. */
    public TripTotal atMeeting(String meeting) {
        Reads.note("tally@meeting:" + meeting);
        return byMeeting.getOrDefault(meeting, TripTotal.NONE);
    }

    /** Funded trips and cost to a meeting under one programme. */
    public TripTotal atMeeting(String meeting, String programme) {
        Reads.note("tally@meeting:" + meeting);
        return byMeetingProgramme.getOrDefault(key(meeting, programme), TripTotal.NONE);
    }

    /** Funded trips to a meeting by members of a region. */
    public int fundedAt(String meeting, String region) {
        Reads.note("tally@meeting:" + meeting);
        return byMeetingRegion.getOrDefault(key(meeting, region), 0);
    }

    /** Funded trips under a programme, all meetings. */
    public int fundedBy(String programme) {
        Reads.note("tally@programme:" + programme);
        return byProgramme.getOrDefault(programme, 0);
    }

    /** Records per outcome at a meeting (funded, declined, withdrawn, cancelled), in {@link TravelStatus} order. */
    public Map<TravelStatus, Integer> outcomesAt(String meeting) {
        Reads.note("tally@meeting:" + meeting);
        return outcomes.getOrDefault(meeting, Map.of());
    }

    /** Ids of the meetings anyone was funded to, in meeting order (oldest first). */
    public List<String> meetingsWithTrips() {
        Reads.note("tallies:travel");
        return meetingsWithTrips;
    }

    /** Funded trips, all members. */
    public int fundedTrips() {
        Reads.note("tallies:travel");
        return fundedTrips;
    }

    /** Distinct members with a funded trip. */
    public int travellers() {
        Reads.note("tallies:travel");
        return travellers;
    }

    /** Metrics of one region (by code); zeros for a region with no members. */
    public RegionCounts region(String code) {
        Reads.note("tallies:regions");
        return regions.getOrDefault(code, new RegionCounts(0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** Metrics of the whole community. */
    public RegionCounts total() {
        Reads.note("tallies:regions");
        return total;
    }

    /** Years of meetings with funded trips, ascending. */
    public List<Integer> travelYears() {
        Reads.note("tallies:travel");
        return travelYears;
    }

    /** Funded trips of a region's members per year, aligned with {@link #travelYears()}. */
    public List<Integer> fundedPerYear(String region) {
        Reads.note("tallies:travel");
        return list(fundedPerRegionYear.get(region), travelYears.size());
    }

    /** Years of the participation trend, ascending, up to the year of {@code as_of}. */
    public List<Integer> participationYears() {
        Reads.note("tallies:participation");
        return participationYears;
    }

    /** Members of a region in a working group at each year's end, aligned with {@link #participationYears()}. */
    public List<Integer> inWorkgroups(String region) {
        Reads.note("tallies:participation");
        return list(inWorkgroupsPerRegionYear.get(region), participationYears.size());
    }

    /** Years with advice, ascending. */
    public List<Integer> adviceYears() {
        Reads.note("tallies:advice");
        return adviceYears;
    }

    /** Statements of a type per year, aligned with {@link #adviceYears()}. */
    public List<Integer> advicePerYear(AdviceType type) {
        Reads.note("tallies:advice");
        return list(advicePerTypeYear.get(type), adviceYears.size());
    }

    /** Statements of a type. */
    public int advice(AdviceType type) {
        Reads.note("tallies:advice");
        return advicePerType.getOrDefault(type, 0);
    }

    /** Statements dated in a year. */
    public int adviceIn(int year) {
        Reads.note("tallies:advice");
        int i = adviceYears.indexOf(year);
        if (i < 0) return 0;
        int n = 0;
        for (int[] v : advicePerTypeYear.values()) n += v[i];
        return n;
    }

    private static List<Integer> list(int[] v, int size) {
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(v == null ? 0 : v[i]);
        return Collections.unmodifiableList(out);
    }

    private static Map<String, TripTotal> build(Map<String, Builder> builders) {
        Map<String, TripTotal> out = new HashMap<>();
        builders.forEach((k, b) -> out.put(k, new TripTotal(b.funded, Collections.unmodifiableSortedMap(b.cost))));
        return Map.copyOf(out);
    }

    private static final class Builder {
        int funded;
        final SortedMap<String, BigDecimal> cost = new TreeMap<>();

        void add(TravelRecord t) {
            funded++;
            if (t.cost() != null && t.cost().amount() != null && t.cost().currency() != null) {
                cost.merge(t.cost().currency(), t.cost().amount(), BigDecimal::add);
            }
        }
    }

    /**
     * The counts behind a tally identity ({@code tallies:travel|regions|participation|advice},
     * {@code tally@meeting:ID}, {@code tally@programme:ID}), comparable with {@link Object#equals}.
     */
    Object lookup(String identity) {
        if (identity.startsWith("tally@meeting:")) {
            String m = identity.substring("tally@meeting:".length());
            Map<String, Object> v = new TreeMap<>();
            v.put("total", byMeeting.get(m));
            v.put("outcomes", outcomes.get(m));
            byMeetingProgramme.forEach((k, t) -> {
                if (k.startsWith(m + "\u0000")) v.put("p:" + k, t);
            });
            byMeetingRegion.forEach((k, n) -> {
                if (k.startsWith(m + "\u0000")) v.put("r:" + k, n);
            });
            return v;
        }
        if (identity.startsWith("tally@programme:")) return byProgramme.get(identity.substring("tally@programme:".length()));
        return switch (identity) {
            case "tallies:travel" -> List.of(meetingsWithTrips, fundedTrips, travellers, travelYears, new TreeMap<>(fundedPerRegionYear).entrySet().stream()
                    .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue())).toList());
            case "tallies:regions" -> List.of(new TreeMap<>(regions), total);
            case "tallies:participation" -> List.of(participationYears, new TreeMap<>(inWorkgroupsPerRegionYear).entrySet().stream()
                    .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue())).toList());
            case "tallies:advice" -> List.of(adviceYears, new TreeMap<>(advicePerType), advicePerTypeYear.entrySet().stream()
                    .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue())).toList());
            default -> throw new IllegalArgumentException("not a tally identity: " + identity);
        };
    }
}
