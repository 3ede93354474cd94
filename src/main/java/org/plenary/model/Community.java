package org.plenary.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole typed registry of a site, with every cross-reference checked. Lists keep a stable order
 * (members and advice by id, meetings by number) so output never depends on file layout.
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
        return List.copyOf(members.values());
    }

    public Member member(String id) {
        return members.get(id);
    }

    public List<Workgroup> workgroups() {
        return List.copyOf(workgroups.values());
    }

    public Workgroup workgroup(String id) {
        return workgroups.get(id);
    }

    public List<Meeting> meetings() {
        return List.copyOf(meetings.values());
    }

    public Meeting meeting(String id) {
        return meetings.get(id);
    }

    public List<Programme> programmes() {
        return List.copyOf(programmes.values());
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
        return List.copyOf(advice.values());
    }

    public Advice advice(String id) {
        return advice.get(id);
    }

    public List<Draw> draws() {
        return List.copyOf(draws.values());
    }

    public Draw draw(String id) {
        return draws.get(id);
    }
}
