package org.plenary.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole typed registry of a site, with every cross-reference checked. Lists keep a stable order
 * (members and advice by id, meetings by number) so output never depends on file layout. Immutable: each list is
 * made once, so asking for one costs nothing (callers ask inside loops; a copy per call made a loop over the
 * members quadratic: 8,000 members meant 64 million copied references).
 */
public final class Community {
    private final Site site;
    private final Map<String, Member> members;
    private final Map<String, Workgroup> workgroups;
    private final Map<String, Meeting> meetings;
    private final Map<String, Programme> programmes;
    private final List<TravelRecord> travel;
    private final List<ApplicationCount> applications;
    private final Map<String, Advice> advice;
    private final Map<String, Draw> draws;
    private final List<Member> memberList;
    private final List<Workgroup> workgroupList;
    private final List<Meeting> meetingList;
    private final List<Programme> programmeList;
    private final List<Advice> adviceList;
    private final List<Draw> drawList;

    public Community(Site site, List<Member> members, List<Workgroup> workgroups, List<Meeting> meetings,
                     List<Programme> programmes, List<TravelRecord> travel, List<ApplicationCount> applications,
                     List<Advice> advice, List<Draw> draws) {
        this.site = site;
        this.members = index(members, Member::id);
        this.workgroups = index(workgroups, Workgroup::id);
        this.meetings = index(meetings, Meeting::id);
        this.programmes = index(programmes, Programme::id);
        this.travel = List.copyOf(travel);
        this.applications = List.copyOf(applications);
        this.advice = index(advice, Advice::id);
        this.draws = index(draws, Draw::id);
        this.memberList = List.copyOf(this.members.values());
        this.workgroupList = List.copyOf(this.workgroups.values());
        this.meetingList = List.copyOf(this.meetings.values());
        this.programmeList = List.copyOf(this.programmes.values());
        this.adviceList = List.copyOf(this.advice.values());
        this.drawList = List.copyOf(this.draws.values());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) m.putIfAbsent(id.apply(t), t);
        return Collections.unmodifiableMap(m);
    }

    public Site site() {
        return site;
    }

    public List<Member> members() {
        return memberList;
    }

    public Member member(String id) {
        return members.get(id);
    }

    public List<Workgroup> workgroups() {
        return workgroupList;
    }

    public Workgroup workgroup(String id) {
        return workgroups.get(id);
    }

    public List<Meeting> meetings() {
        return meetingList;
    }

    public Meeting meeting(String id) {
        return meetings.get(id);
    }

    public List<Programme> programmes() {
        return programmeList;
    }

    public Programme programme(String id) {
        return programmes.get(id);
    }

    public List<TravelRecord> travel() {
        return travel;
    }

    public List<ApplicationCount> applications() {
        return applications;
    }

    public List<Advice> advice() {
        return adviceList;
    }

    public Advice advice(String id) {
        return advice.get(id);
    }

    public List<Draw> draws() {
        return drawList;
    }

    public Draw draw(String id) {
        return draws.get(id);
    }
}
