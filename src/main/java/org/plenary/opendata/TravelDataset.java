package org.plenary.opendata;

import static org.plenary.opendata.Datatype.DATE;
import static org.plenary.opendata.Datatype.DECIMAL;
import static org.plenary.opendata.Datatype.INTEGER;
import static org.plenary.opendata.Datatype.STRING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plenary.model.ApplicationCount;
import org.plenary.model.Meeting;
import org.plenary.rules.MemberEntry;
import org.plenary.model.Programme;
import org.plenary.model.TravelRecord;
import org.plenary.model.TravelStatus;

/**
 * Travel support (Rec. 13). {@code travel.csv/json}: one row per travel record of a public member.
 * {@code travel-totals.csv/json}: per meeting and programme, counts over <em>all</em> records — aggregate-only
 * members included, unnamed — with applications received and costs per currency, so totals stay true.
 */
final class TravelDataset {
    private final DataContext ctx;
    private final Map<String, Integer> meetingOrder = new HashMap<>();
    private final Map<String, Integer> programmeOrder = new HashMap<>();

    TravelDataset(DataContext ctx) {
        this.ctx = ctx;
        List<Meeting> meetings = ctx.view.meetings();
        for (int i = 0; i < meetings.size(); i++) meetingOrder.put(meetings.get(i).id(), i);
        List<Programme> programmes = ctx.view.programmes();
        for (int i = 0; i < programmes.size(); i++) programmeOrder.put(programmes.get(i).id(), i);
    }

    private int meetingIndex(String id) {
        return meetingOrder.getOrDefault(id, Integer.MAX_VALUE);
    }

    private int programmeIndex(String id) {
        return programmeOrder.getOrDefault(id, Integer.MAX_VALUE);
    }

    /** Records in a stable order: meeting (by number), member, programme, then as listed. */
    private List<TravelRecord> sorted() {
        List<TravelRecord> all = new ArrayList<>(ctx.view.travel());
        all.sort(Comparator.comparingInt((TravelRecord t) -> meetingIndex(t.meeting()))
                .thenComparing(TravelRecord::meeting)
                .thenComparing(TravelRecord::member, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(t -> programmeIndex(t.programme()))
                .thenComparing(TravelRecord::programme));
        return all;
    }

    Table records() {
        Table t = new Table("travel", "Travel support",
                "Every travel-support record of a member who agreed to be named: meeting, programme, outcome, what was "
                        + "covered and what it cost. Records of members counted only in aggregates are left out here and "
                        + "counted in travel-totals.");
        t.column("id", STRING, true, "Record identifier: meeting-member-programme, lower case")
                .column("meeting", STRING, true, "Meeting identifier")
                .column("meeting_start", DATE, false, "First day of the meeting")
                .column("member", STRING, true, "Member identifier")
                .column("member_name", STRING, false, "Member name, in the default language")
                .column("region", STRING, false, "Member's regional organization code")
                .column("programme", STRING, true, "Travel-support programme identifier")
                .column("status", STRING, true, "funded, declined, withdrawn or cancelled")
                .column("applied", DATE, false, "Date of application")
                .column("decided", DATE, false, "Date of decision")
                .column("airfare", STRING, false, "Airfare class covered: economy, premium, business or none")
                .column("hotel_nights", INTEGER, false, "Hotel nights covered")
                .column("per_diem_days", INTEGER, false, "Per-diem days covered")
                .column("cost_amount", DECIMAL, false, "Cost, as recorded")
                .column("cost_currency", STRING, false, "ISO 4217 currency of the cost")
                .column("note", STRING, false, "Note, in the default language")
                .primaryKey("id")
                .foreignKey("meeting", "meetings.csv", "id")
                .foreignKey("member", "members.csv", "id")
                .foreignKey("programme", "programmes.csv", "id");
        Map<String, Integer> seen = new HashMap<>();
        for (TravelRecord r : sorted()) {
            MemberEntry m = ctx.publicMember(r.member());
            if (m == null) continue;
            String base = (r.meeting() + "-" + r.member() + "-" + r.programme()).toLowerCase(Locale.ROOT);
            int n = seen.merge(base, 1, Integer::sum);
            Meeting meeting = ctx.view.meeting(r.meeting());
            t.row().set("id", n == 1 ? base : base + "-" + n)
                    .set("meeting", r.meeting())
                    .set("meeting_start", meeting == null ? null : meeting.start())
                    .set("member", r.member())
                    .set("member_name", ctx.text(m.name()))
                    .set("region", m.region())
                    .set("programme", r.programme())
                    .set("status", DataContext.code(r.status()))
                    .set("applied", r.applied())
                    .set("decided", r.decided())
                    .set("airfare", r.covers() == null ? null : DataContext.code(r.covers().airfare()))
                    .set("hotel_nights", r.covers() == null ? null : r.covers().hotelNights())
                    .set("per_diem_days", r.covers() == null ? null : r.covers().perDiemDays())
                    .set("cost_amount", r.cost() == null ? null : DataContext.money(r.cost().amount()))
                    .set("cost_currency", r.cost() == null ? null : r.cost().currency())
                    .set("note", ctx.text(r.note()));
        }
        return t;
    }

    private static final class Totals {
        Integer applications;
        int records;
        int unnamed;
        final Map<TravelStatus, Integer> byStatus = new HashMap<>();
        final Map<String, BigDecimal> cost = new TreeMap<>();
    }

    Table totals() {
        TreeSet<String> currencies = new TreeSet<>();
        Map<List<String>, Totals> groups = new LinkedHashMap<>();
        for (TravelRecord r : ctx.view.travel()) {
            Totals g = groups.computeIfAbsent(List.of(r.meeting(), r.programme()), k -> new Totals());
            g.records++;
            g.byStatus.merge(r.status(), 1, Integer::sum);
            if (!r.funded()) continue;
            if (ctx.publicMember(r.member()) == null) g.unnamed++;
            if (r.cost() != null && r.cost().amount() != null && r.cost().currency() != null) {
                currencies.add(r.cost().currency());
                g.cost.merge(r.cost().currency(), r.cost().amount(), BigDecimal::add);
            }
        }
        for (ApplicationCount a : ctx.view.applications()) {
            Totals g = groups.computeIfAbsent(List.of(a.meeting(), a.programme()), k -> new Totals());
            g.applications = (g.applications == null ? 0 : g.applications) + a.received();
        }

        Table t = new Table("travel-totals", "Travel support totals",
                "Per meeting and programme: applications received and the outcome of every travel-support record, "
                        + "members counted only in aggregates included (without names), and the funded cost per currency.");
        t.column("meeting", STRING, true, "Meeting identifier")
                .column("programme", STRING, true, "Travel-support programme identifier")
                .column("applications_received", INTEGER, false, "Applications received, when recorded (applicants are not named)")
                .column("records", INTEGER, true, "Travel-support records of any outcome")
                .column("funded", INTEGER, true, "Funded trips, all members included")
                .column("funded_unnamed", INTEGER, true, "Funded trips of members counted only in aggregates (not in travel.csv)")
                .column("declined", INTEGER, true, "Declined requests")
                .column("withdrawn", INTEGER, true, "Withdrawn requests")
                .column("cancelled", INTEGER, true, "Cancelled trips");
        for (String c : currencies) {
            t.column(costColumn(c), DECIMAL, false, "Total recorded cost of funded trips in " + c);
        }
        t.primaryKey("meeting", "programme")
                .foreignKey("meeting", "meetings.csv", "id")
                .foreignKey("programme", "programmes.csv", "id");

        List<List<String>> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparingInt((List<String> k) -> meetingIndex(k.get(0))).thenComparing(k -> k.get(0))
                .thenComparingInt(k -> programmeIndex(k.get(1))).thenComparing(k -> k.get(1)));
        for (List<String> k : keys) {
            Totals g = groups.get(k);
            Row row = t.row().set("meeting", k.get(0)).set("programme", k.get(1))
                    .set("applications_received", g.applications)
                    .set("records", g.records)
                    .set("funded", g.byStatus.getOrDefault(TravelStatus.FUNDED, 0))
                    .set("funded_unnamed", g.unnamed)
                    .set("declined", g.byStatus.getOrDefault(TravelStatus.DECLINED, 0))
                    .set("withdrawn", g.byStatus.getOrDefault(TravelStatus.WITHDRAWN, 0))
                    .set("cancelled", g.byStatus.getOrDefault(TravelStatus.CANCELLED, 0));
            g.cost.forEach((c, amount) -> row.set(costColumn(c), DataContext.money(amount)));
        }
        return t;
    }

    static String costColumn(String currency) {
        return "cost_" + currency.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
