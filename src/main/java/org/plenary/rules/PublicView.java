package org.plenary.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.plenary.model.Advice;
import org.plenary.model.ApplicationCount;
import org.plenary.model.Community;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Programme;
import org.plenary.model.Site;
import org.plenary.model.TravelRecord;
import org.plenary.model.Workgroup;
import org.plenary.identity.Reads;

/**
 * What may be published of a community: the only input of every stage that writes output (pages, feeds, open
 * data, search indexes), so that privacy is enforced here, once, and a new consumer cannot leak by forgetting a
 * check.
 *
 * <p>Members with {@code consent: aggregate-only} are absent: {@link #member} returns null for them, and every
 * reference to them is redacted — their travel records keep meeting, programme, outcome and cost but have a null
 * {@link TravelRecord#member()}; statements list only public penholders ({@link #withheldPenholders} says how many
 * were left out). Their numbers still count in {@link #tallies()}. The registry's {@code private} mappings never
 * reach the model at all (dropped while reading). Draw pools never hold aggregate-only members (validation
 * rejects it, code {@code private-in-pool}), so draws are published as recorded.
 *
 * <p>Pages that list members read each one's {@link MemberEntry} ({@link #entry}, {@link #rosterOf}) and the
 * {@link #memberCount() head count}, not the whole record and the whole list, so that an edit of what only a member's
 * own page shows does not re-render every list they are in.
 *
 * <p>Also the read side of the rules stage: standings of public members, slot use, and indexes built once —
 * trips per member and per meeting, statements per penholder, draws per member — so no page scans all records.
 * Lists keep the model's stable order (members by id, meetings by date, advice newest first, draws newest first).
 */
public final class PublicView {

    /** A draw a member was in the pool of, and whether they were selected. */
    public record DrawEntry(Draw draw, boolean selected) {
    }

    private final Site site;
    private final Map<String, Member> members;
    private final Map<String, MemberEntry> entries;
    private final Map<String, List<MemberEntry>> rosterByRegion = new HashMap<>();
    private final int withheldMembers;
    private final Map<String, Standing> standings;
    private final Map<String, Workgroup> workgroups;
    private final Map<String, Meeting> meetings;
    private final Map<String, Programme> programmes;
    private final List<TravelRecord> travel;
    private final List<ApplicationCount> applications;
    private final Map<String, Advice> advice;
    private final Map<String, Integer> withheldPenholders;
    private final Map<String, Draw> draws;
    private final List<SlotUse> slotUse;
    private final Tallies tallies;
    private final List<Member> membersList;
    private final List<Standing> standingsList;
    private final List<Workgroup> workgroupsList;
    private final List<Meeting> meetingsList;
    private final List<Programme> programmesList;
    private final List<Advice> adviceList;
    private final List<Draw> drawsList;
    private final Map<String, List<TravelRecord>> tripsByMember = new HashMap<>();
    private final Map<String, List<TravelRecord>> travelByMeeting = new HashMap<>();
    private final Map<String, List<ApplicationCount>> applicationsByMeeting = new HashMap<>();
    private final Map<String, List<SlotUse>> slotUseByMeeting = new HashMap<>();
    private final Map<String, List<Advice>> adviceByPenholder = new HashMap<>();
    private final Map<String, List<DrawEntry>> drawsByMember = new HashMap<>();

    /** Builds the view of a checked community and what the rules derived from it. */
    public PublicView(Community c, Derived d) {
        this.site = c.site();
        List<Member> open = c.members().stream().filter(Member::isPublic).toList();
        this.members = index(open, Member::id);
        this.withheldMembers = c.members().size() - open.size();
        Map<String, MemberEntry> byId = new LinkedHashMap<>();
        for (Member m : open) {
            MemberEntry e = MemberEntry.of(m);
            byId.put(m.id(), e);
            if (m.region() != null) rosterByRegion.computeIfAbsent(m.region(), k -> new ArrayList<>()).add(e);
        }
        this.entries = Collections.unmodifiableMap(byId);
        Map<String, Standing> st = new LinkedHashMap<>();
        for (Member m : open) st.put(m.id(), d.standing(m.id()));
        this.standings = Collections.unmodifiableMap(st);
        this.workgroups = index(c.workgroups(), Workgroup::id);
        this.meetings = index(c.meetings(), Meeting::id);
        this.programmes = index(c.programmes(), Programme::id);

        List<TravelRecord> trips = new ArrayList<>();
        for (TravelRecord t : c.travel()) {
            TravelRecord shown = members.containsKey(t.member()) ? t
                    : new TravelRecord(t.meeting(), null, t.programme(), t.status(), t.applied(), t.decided(), t.covers(),
                    t.cost(), t.note(), t.location());
            trips.add(shown);
            travelByMeeting.computeIfAbsent(t.meeting(), k -> new ArrayList<>()).add(shown);
            if (shown.member() != null) tripsByMember.computeIfAbsent(shown.member(), k -> new ArrayList<>()).add(shown);
        }
        this.travel = List.copyOf(trips);
        this.applications = c.applications();
        for (ApplicationCount a : applications) applicationsByMeeting.computeIfAbsent(a.meeting(), k -> new ArrayList<>()).add(a);
        for (SlotUse s : d.slotUse()) slotUseByMeeting.computeIfAbsent(s.meeting(), k -> new ArrayList<>()).add(s);
        this.slotUse = d.slotUse();

        List<Advice> shownAdvice = new ArrayList<>();
        Map<String, Integer> withheld = new HashMap<>();
        for (Advice a : c.advice()) {
            List<String> named = a.penholders().stream().filter(members::containsKey).toList();
            Advice shown = named.size() == a.penholders().size() ? a
                    : new Advice(a.id(), a.title(), a.type(), a.status(), a.dates(), named, a.vote(), a.publicComment(),
                    a.workspace(), a.topics(), a.meeting(), a.related(), a.summary(), a.body(), a.location());
            withheld.put(a.id(), a.penholders().size() - named.size());
            shownAdvice.add(shown);
            for (String p : named) adviceByPenholder.computeIfAbsent(p, k -> new ArrayList<>()).add(shown);
        }
        this.advice = index(shownAdvice, Advice::id);
        this.withheldPenholders = Map.copyOf(withheld);

        this.draws = index(c.draws(), Draw::id);
        for (Draw dr : c.draws()) {
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (DrawPool p : dr.pools()) {
                for (String m : p.members()) {
                    Member who = c.member(m);
                    if (who != null && !who.isPublic()) {
                        // Validation rejects this (code private-in-pool); never publish such a pool regardless.
                        throw new IllegalStateException("draw '" + dr.id() + "' has an aggregate-only member in its pool");
                    }
                    seen.merge(m, p.result().contains(m), Boolean::logicalOr);
                }
            }
            seen.forEach((m, picked) -> {
                if (members.containsKey(m)) drawsByMember.computeIfAbsent(m, k -> new ArrayList<>()).add(new DrawEntry(dr, picked));
            });
        }
        this.tallies = d.tallies();
        this.membersList = List.copyOf(members.values());
        this.standingsList = List.copyOf(standings.values());
        this.workgroupsList = List.copyOf(workgroups.values());
        this.meetingsList = List.copyOf(meetings.values());
        this.programmesList = List.copyOf(programmes.values());
        this.adviceList = List.copyOf(advice.values());
        this.drawsList = List.copyOf(draws.values());
        freeze(tripsByMember);
        freeze(travelByMeeting);
        freeze(applicationsByMeeting);
        freeze(slotUseByMeeting);
        freeze(adviceByPenholder);
        freeze(drawsByMember);
        freeze(rosterByRegion);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) m.putIfAbsent(id.apply(t), t);
        return Collections.unmodifiableMap(m);
    }

    private static <T> void freeze(Map<String, List<T>> m) {
        m.replaceAll((k, v) -> List.copyOf(v));
    }

    public Site site() {
        Reads.note("site");
        return site;
    }

    /** Members who may be named, by id. */
    public List<Member> members() {
        Reads.note("members");
        return membersList;
    }

    /** A member who may be named, or null (unknown, or aggregate-only: the two are not told apart). */
    public Member member(String id) {
        Reads.note("member:" + id);
        return id == null ? null : members.get(id);
    }

    /** What a list shows of a member who may be named, or null (unknown, or aggregate-only). */
    public MemberEntry entry(String id) {
        Reads.note("roster:" + id);
        return id == null ? null : entries.get(id);
    }

    /** The entries of a region's public members (by region code as {@code site.yaml} writes it), by id. */
    public List<MemberEntry> rosterOf(String region) {
        Reads.note("roster@" + region);
        return rosterByRegion.getOrDefault(region, List.of());
    }

    /** How many members are counted in aggregates only. */
    public int withheldMembers() {
        Reads.note("headcount");
        return withheldMembers;
    }

    /** How many members may be named. */
    public int publicMemberCount() {
        Reads.note("headcount");
        return members.size();
    }

    /** All members, named or not: for totals. */
    public int memberCount() {
        Reads.note("headcount");
        return members.size() + withheldMembers;
    }

    /** The standing of a public member as of {@code as_of}, or null. */
    public Standing standing(String memberId) {
        Reads.note("standing:" + memberId);
        return standings.get(memberId);
    }

    /** Standings of the public members, by member id. */
    public List<Standing> standings() {
        Reads.note("standings");
        return standingsList;
    }

    public List<Workgroup> workgroups() {
        Reads.note("workgroups");
        return workgroupsList;
    }

    public Workgroup workgroup(String id) {
        Reads.note("workgroup:" + id);
        return id == null ? null : workgroups.get(id);
    }

    public List<Meeting> meetings() {
        Reads.note("meetings");
        return meetingsList;
    }

    public Meeting meeting(String id) {
        Reads.note("meeting:" + id);
        return id == null ? null : meetings.get(id);
    }

    public List<Programme> programmes() {
        Reads.note("programmes");
        return programmesList;
    }

    public Programme programme(String id) {
        Reads.note("programme:" + id);
        return id == null ? null : programmes.get(id);
    }

    /** Every travel record in meeting order; {@code member()} is null where the member is not public. */
    public List<TravelRecord> travel() {
        Reads.note("travel");
        return travel;
    }

    /** A public member's travel records, in meeting order (oldest first); empty for anyone else. */
    public List<TravelRecord> tripsOf(String memberId) {
        Reads.note("trips:" + memberId);
        return tripsByMember.getOrDefault(memberId, List.of());
    }

    /** The travel records of a meeting (redacted as in {@link #travel()}), in registry order. */
    public List<TravelRecord> travelAt(String meetingId) {
        Reads.note("travel@" + meetingId);
        return travelByMeeting.getOrDefault(meetingId, List.of());
    }

    /** Applicant counts (applicants are never named). */
    public List<ApplicationCount> applications() {
        Reads.note("applications");
        return applications;
    }

    public List<ApplicationCount> applicationsAt(String meetingId) {
        Reads.note("applications@" + meetingId);
        return applicationsByMeeting.getOrDefault(meetingId, List.of());
    }

    /** Slots used per meeting and programme. */
    public List<SlotUse> slotUse() {
        Reads.note("slots");
        return slotUse;
    }

    public List<SlotUse> slotUseAt(String meetingId) {
        Reads.note("slots@" + meetingId);
        return slotUseByMeeting.getOrDefault(meetingId, List.of());
    }

    /** Statements, newest first, each listing only its public penholders. */
    public List<Advice> advice() {
        Reads.note("advice");
        return adviceList;
    }

    public Advice advice(String id) {
        Reads.note("advice:" + id);
        return id == null ? null : advice.get(id);
    }

    /** How many of a statement's penholders are not named. */
    public int withheldPenholders(String adviceId) {
        Reads.note("advice:" + adviceId);
        return withheldPenholders.getOrDefault(adviceId, 0);
    }

    /** Statements a public member held the pen on, newest first. */
    public List<Advice> pennedBy(String memberId) {
        Reads.note("penned:" + memberId);
        return adviceByPenholder.getOrDefault(memberId, List.of());
    }

    /** Draws, newest first. */
    public List<Draw> draws() {
        Reads.note("draws");
        return drawsList;
    }

    public Draw draw(String id) {
        Reads.note("draw:" + id);
        return id == null ? null : draws.get(id);
    }

    /** The draws a public member was in the pool of, newest first. */
    public List<DrawEntry> drawsOf(String memberId) {
        Reads.note("draws-of:" + memberId);
        return drawsByMember.getOrDefault(memberId, List.of());
    }

    /** Every published count (aggregate-only members included, nobody named); its accessors record their reads. */
    public Tallies tallies() {
        return tallies;
    }

    /**
     * The value behind an identity this view records (see {@link org.plenary.identity.Identity}), for telling which
     * identities an edit touched: compare {@code old.lookup(id)} with {@code new.lookup(id)} using
     * {@link org.plenary.identity.SameContent}. Null when nothing is behind it (a removed member, say).
     *
     * @throws IllegalArgumentException for an identity this view does not hand out (content identities belong to
     *                                  {@code Content})
     */
    public Object lookup(String identity) {
        int colon = identity.indexOf(':');
        int at = identity.indexOf('@');
        String kind = colon < 0 && at < 0 ? identity : identity.substring(0, colon >= 0 && (at < 0 || colon < at) ? colon : at);
        String key = kind.length() == identity.length() ? null : identity.substring(kind.length() + 1);
        return switch (kind) {
            case "site" -> site;
            case "members" -> List.of(membersList, withheldMembers);
            case "member" -> members.get(key);
            case "roster" -> identity.charAt(kind.length()) == '@' ? rosterByRegion.get(key) : entries.get(key);
            case "headcount" -> List.of(members.size(), withheldMembers);
            case "standings" -> standingsList;
            case "standing" -> standings.get(key);
            case "trips" -> tripsByMember.get(key);
            case "penned" -> pennedBy(key);
            case "draws-of" -> drawsByMember.get(key);
            case "workgroups" -> workgroupsList;
            case "workgroup" -> workgroups.get(key);
            case "meetings" -> meetingsList;
            case "meeting" -> meetings.get(key);
            case "programmes" -> programmesList;
            case "programme" -> programmes.get(key);
            case "travel" -> key == null ? travel : travelByMeeting.get(key);
            case "applications" -> key == null ? applications : applicationsByMeeting.get(key);
            case "slots" -> key == null ? slotUse : slotUseByMeeting.get(key);
            case "advice" -> key == null ? adviceList : advice.get(key) == null ? null
                    : List.of(advice.get(key), withheldPenholders.getOrDefault(key, 0));
            case "draws" -> drawsList;
            case "draw" -> draws.get(key);
            case "tallies", "tally" -> tallies.lookup(identity);
            default -> throw new IllegalArgumentException("not an identity of the public view: " + identity);
        };
    }
}
