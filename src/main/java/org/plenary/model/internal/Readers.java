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
import org.plenary.diag.Diagnostic;
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
import org.plenary.model.RecordCache;
import org.plenary.model.Site;
import org.plenary.model.TravelRecord;
import org.plenary.model.Workgroup;
import org.plenary.registry.RawRegistry;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;

/**
 * Reads every registry, drops duplicates (reporting both places), then checks references. Each file's records are
 * read on their own, with the problems and references found in them kept beside them, so that a {@link RecordCache}
 * can hand out the same records again for a file that did not change.
 */
public final class Readers {
    private Readers() {
    }

    public static Community read(RawRegistry raw, Diagnostics diag, LocalDate asOfOverride) {
        return read(raw, diag, asOfOverride, RecordCache.NONE);
    }

    public static Community read(RawRegistry raw, Diagnostics diag, LocalDate asOfOverride, RecordCache cache) {
        if (raw.site() == null) return null;
        Site site = SiteReader.read(raw.site(), diag, asOfOverride);
        if (site == null) return null;
        Map<String, String> regions = new LinkedHashMap<>();
        site.regions().forEach(r -> regions.put(r.code().toLowerCase(Locale.ROOT), r.code()));
        ReadContext ctx = new ReadContext(diag, site.defaultLanguage(),
                new LinkedHashSet<>(site.languages().stream().map(Language::code).toList()), regions);
        Files files = new Files(ctx, cache);
        for (References.Kind kind : References.Kind.values()) {
            String file = raw.unreadable().get(kind.registry);
            if (file != null) ctx.refs().unreadable(kind, Location.of(file));
        }

        List<Member> members = records(raw.members(), References.Kind.MEMBER, "member", files, MemberReader::read, Member::id,
                Member::location);
        List<Workgroup> workgroups = records(raw.workgroups(), References.Kind.WORKGROUP, "workgroup", files,
                CatalogueReader::workgroup, Workgroup::id, Workgroup::location);
        List<Meeting> meetings = records(raw.meetings(), References.Kind.MEETING, "meeting", files, CatalogueReader::meeting,
                Meeting::id, Meeting::location);
        List<Programme> programmes = records(raw.programmes(), References.Kind.PROGRAMME, "programme", files,
                CatalogueReader::programme, Programme::id, Programme::location);
        List<TravelRecord> travel = new ArrayList<>();
        List<ApplicationCount> applications = new ArrayList<>();
        for (SourceFile f : raw.travel()) {
            Travel t = files.read(f, "travel", c -> {
                Travel read = new Travel(new ArrayList<>(), new ArrayList<>());
                TravelReader.read(f, c, read.records(), read.applications());
                return read;
            });
            travel.addAll(t.records());
            applications.addAll(t.applications());
        }
        List<Advice> advice = records(raw.advice(), References.Kind.ADVICE, "advice statement", files, AdviceReader::read,
                Advice::id, Advice::location);
        List<Draw> draws = records(raw.draws(), References.Kind.DRAW, "draw", files, DrawReader::read, Draw::id, Draw::location);
        cache.sweep();
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

    /** The travel records and applicant counts of one file. */
    private record Travel(List<TravelRecord> records, List<ApplicationCount> applications) {
    }

    /** The record nodes of one file and what each was read as (null: rejected for its own error), in file order. */
    private record Records<T>(List<YamlNode> nodes, List<T> values) {
    }

    /**
     * What reading one file gave, with what the reading reported and collected (problems, references, mappings by
     * location), to replay into the whole site's context each time the file's records are used.
     */
    private record FileRead<R>(R value, List<Diagnostic> problems, References refs, Map<Location, YamlMap> mappings) {
    }

    /** Reads files through a {@link RecordCache}, each in a context of its own, and replays each into the site's. */
    private static final class Files {
        private final ReadContext ctx;
        private final RecordCache cache;
        /** What a file's records depend on besides the file: the languages and regions of site.yaml. */
        private final Object context;

        Files(ReadContext ctx, RecordCache cache) {
            this.ctx = ctx;
            this.cache = cache;
            this.context = List.of(ctx.defaultLanguage(), List.copyOf(ctx.languages()), new LinkedHashMap<>(ctx.regions()));
        }

        <R> R read(SourceFile file, String registry, Function<ReadContext, R> reader) {
            FileRead<R> read = cache.read(file, registry, context, () -> {
                Diagnostics own = new Diagnostics();
                ReadContext mine = new ReadContext(own, ctx.defaultLanguage(), ctx.languages(), ctx.regions());
                R value = reader.apply(mine);
                return new FileRead<>(value, List.copyOf(own.all()), mine.refs(), mine.mappings());
            });
            read.problems().forEach(ctx.diag()::add);
            ctx.refs().addAll(read.refs());
            read.mappings().forEach(ctx.mappings()::putIfAbsent);
            return read.value();
        }
    }

    private static <T> List<T> records(List<SourceFile> sources, References.Kind kind, String what, Files files,
                                       BiFunction<YamlNode, ReadContext, T> reader, Function<T, String> id,
                                       Function<T, Location> location) {
        ReadContext ctx = files.ctx;
        List<T> out = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (SourceFile file : sources) {
            Records<T> read = files.read(file, kind.registry, c -> {
                List<YamlNode> nodes = RecordNodes.of(file, what, c);
                List<T> values = new ArrayList<>(nodes.size());
                for (YamlNode node : nodes) values.add(reader.apply(node, c));
                return new Records<>(nodes, java.util.Collections.unmodifiableList(values));
            });
            for (int i = 0; i < read.nodes().size(); i++) {
                YamlNode node = read.nodes().get(i);
                T t = read.values().get(i);
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
