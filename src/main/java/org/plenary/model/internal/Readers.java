package org.plenary.model.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.model.Advice;
import org.plenary.model.ApplicationCount;
import org.plenary.model.Community;
import org.plenary.model.Draw;
import org.plenary.model.Language;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Programme;
import org.plenary.model.Site;
import org.plenary.model.TravelRecord;
import org.plenary.model.Workgroup;
import org.plenary.registry.RawRegistry;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;

/** Reads every registry, drops duplicates (reporting both places), then checks references. */
public final class Readers {
    private Readers() {
    }

    public static Community read(RawRegistry raw, Diagnostics diag, LocalDate asOfOverride) {
        if (raw.site() == null) return null;
        Site site = SiteReader.read(raw.site(), diag, asOfOverride);
        if (site == null) return null;
        Map<String, String> regions = new LinkedHashMap<>();
        site.regions().forEach(r -> regions.put(r.code().toLowerCase(Locale.ROOT), r.code()));
        ReadContext ctx = new ReadContext(diag, site.defaultLanguage(),
                new LinkedHashSet<>(site.languages().stream().map(Language::code).toList()), regions);
        for (References.Kind kind : References.Kind.values()) {
            String file = raw.unreadable().get(kind.registry);
            if (file != null) ctx.refs().unreadable(kind, Location.of(file));
        }

        List<Member> members = records(raw.members(), References.Kind.MEMBER, "member", ctx, MemberReader::read, Member::id,
                Member::location);
        List<Workgroup> workgroups = records(raw.workgroups(), References.Kind.WORKGROUP, "workgroup", ctx,
                CatalogueReader::workgroup, Workgroup::id, Workgroup::location);
        List<Meeting> meetings = records(raw.meetings(), References.Kind.MEETING, "meeting", ctx, CatalogueReader::meeting,
                Meeting::id, Meeting::location);
        List<Programme> programmes = records(raw.programmes(), References.Kind.PROGRAMME, "programme", ctx,
                CatalogueReader::programme, Programme::id, Programme::location);
        List<TravelRecord> travel = new ArrayList<>();
        List<ApplicationCount> applications = new ArrayList<>();
        for (SourceFile f : raw.travel()) TravelReader.read(f, ctx, travel, applications);
        List<Advice> advice = records(raw.advice(), References.Kind.ADVICE, "advice statement", ctx, AdviceReader::read,
                Advice::id, Advice::location);
        List<Draw> draws = records(raw.draws(), References.Kind.DRAW, "draw", ctx, DrawReader::read, Draw::id, Draw::location);
        ctx.refs().check(diag);

        members.sort(Comparator.comparing(Member::id));
        meetings.sort(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
        advice.sort(Comparator.comparing((Advice a) -> a.dates().key(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Advice::id));
        draws.sort(Comparator.comparing(Draw::announced).reversed().thenComparing(Draw::id));
        Map<String, Integer> meetingOrder = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) meetingOrder.put(meetings.get(i).id(), i);
        travel.sort(Comparator.comparing((TravelRecord t) -> meetingOrder.getOrDefault(t.meeting(), Integer.MAX_VALUE)));

        Community c = new Community(site, members, workgroups, meetings, programmes, travel, applications, advice, draws);
        new ReferenceCheck(c, diag, ctx.mappings()).run();
        return c;
    }

    /** Reads the draws of one file on their own (for {@code draw verify FILE}); {@code site} may be null. */
    public static List<Draw> draws(SourceFile file, Site site, Diagnostics diag) {
        ReadContext ctx = site == null ? new ReadContext(diag, "en", null)
                : new ReadContext(diag, site.defaultLanguage(), new LinkedHashSet<>(site.languages().stream().map(Language::code).toList()));
        List<Draw> out = new ArrayList<>();
        for (YamlNode node : RecordNodes.of(file, "draw", ctx)) {
            Draw d = DrawReader.read(node, ctx);
            if (d != null) out.add(d);
        }
        return out;
    }

    private static <T> List<T> records(List<SourceFile> files, References.Kind kind, String what, ReadContext ctx,
                                       BiFunction<YamlNode, ReadContext, T> reader, Function<T, String> id,
                                       Function<T, Location> location) {
        List<T> out = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (SourceFile file : files) {
            for (YamlNode node : RecordNodes.of(file, what, ctx)) {
                T t = reader.apply(node, ctx);
                if (t == null) {
                    // The record has its own error; a reference to its id is not a second one.
                    if (node instanceof YamlMap m && m.get("id") instanceof YamlScalar s && s.text() != null) {
                        ctx.refs().rejected(kind, s.text());
                    }
                    continue;
                }
                ctx.refs().known(kind, id.apply(t));
                String key = id.apply(t).toLowerCase(Locale.ROOT);
                // Point at the id itself, in both places.
                Location at = node instanceof YamlMap m && m.get("id") != null ? m.get("id").location() : location.apply(t);
                Location first = seen.putIfAbsent(key, at);
                if (first != null) {
                    ctx.diag().error(at, "duplicate-id", what + " id '" + id.apply(t) + "' is already used at " + first);
                    continue;
                }
                out.add(t);
            }
        }
        return out;
    }
}
