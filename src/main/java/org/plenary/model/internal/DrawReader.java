package org.plenary.model.internal;

import static org.plenary.model.spec.DrawSpec.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.DrawPurpose;
import org.plenary.model.DrawSource;
import org.plenary.model.Text;
import org.plenary.model.spec.Field;
import org.plenary.registry.YamlList;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;

/**
 * Reads {@code data/draws/}: a plain draw ({@code pool}, {@code seats}, {@code result} list) or a stratified one
 * ({@code pools}, {@code result} keyed by pool name). Checks what can be checked without recomputing.
 */
final class DrawReader {
    private DrawReader() {
    }

    static Draw read(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, DRAW, ctx);
        if (f == null) return null;
        String id = f.id(ID);
        String what = "draw '" + (id != null ? id : f.peek("id") != null ? f.peek("id") : "?") + "'";
        Text title = f.text(TITLE);
        DrawPurpose purpose = f.enumValue(PURPOSE, DrawPurpose.class, DrawPurpose.OTHER);
        String method = f.string(METHOD);
        if (method == null) method = "rfc3797";
        if (!method.equals("rfc3797")) {
            ctx.diag().error(f.at(METHOD), "bad-value", "method must be 'rfc3797', not '" + method + "'");
        }
        LocalDate announced = f.date(ANNOUNCED);
        List<DrawSource> sources = new ArrayList<>();
        // A source that cannot be read in full (a value like 0x1F, no name) would silently change the key string:
        // such a draw is not computed at all, rather than verified on part of its key.
        boolean sourcesComplete = true;
        for (YamlNode n : f.list(SOURCES)) {
            DrawSource s = source(n, ctx, announced);
            if (s != null) sources.add(s);
            else sourcesComplete = false;
        }
        if (f.has(SOURCES) && sources.isEmpty() && sourcesComplete) {
            ctx.diag().error(f.at(SOURCES), "missing-key", "a draw needs at least one source of randomness");
        }
        List<DrawPool> pools = new ArrayList<>();
        boolean stratified = f.has(POOLS);
        YamlNode resultNode = f.node(RESULT);
        if (stratified) {
            if (f.has(POOL_MEMBERS) || f.has(SEATS)) {
                ctx.diag().error(f.at(POOLS), "bad-value", "a draw has either 'pools' (stratified) or 'pool' and 'seats', not both");
            }
            Map<String, List<String>> results = resultMap(resultNode, f, ctx);
            Set<String> names = new HashSet<>();
            for (YamlNode n : f.list(POOLS)) {
                Fields pf = Fields.of(n, POOL, ctx);
                if (pf == null) continue;
                String name = pf.string(POOL_NAME);
                Integer seats = pf.integer(POOL_SEATS);
                List<String> members = pool(pf, POOL.field("pool"), ctx, what + " pool '" + (name == null ? "?" : name) + "'");
                pf.finish();
                if (name == null || seats == null) continue;
                if (!names.add(name)) {
                    ctx.diag().error(pf.at(POOL_NAME), "duplicate-id", "pool '" + name + "' appears twice");
                    continue;
                }
                seatsFit(pf, POOL_SEATS, seats, members, ctx);
                List<String> result = results.getOrDefault(name, List.of());
                if (!results.containsKey(name) && resultNode != null) {
                    ctx.diag().error(resultNode.location(), "missing-key", "result has no entry for pool '" + name + "'");
                }
                YamlNode recorded = resultNode instanceof YamlMap rm ? rm.get(name) : null;
                pools.add(new DrawPool(name, seats, members, result, pf.location(),
                        recorded != null ? recorded.location() : pf.location()));
            }
            for (String r : results.keySet()) {
                if (!names.contains(r)) {
                    ctx.diag().error(((YamlMap) resultNode).entries().get(r).keyLocation(), "dangling-reference",
                            "result names pool '" + r + "', which is not in 'pools'" + Suggestion.hint(r, names));
                }
            }
        } else {
            Integer seats = f.integer(SEATS);
            if (seats == null && !f.has(SEATS) && !f.misspelt("seats")) {
                ctx.diag().error(f.location(), "missing-key", "draw is missing required key 'seats' (or 'pools')");
            }
            List<String> members = pool(f, POOL_MEMBERS, ctx, what);
            if (!f.has(POOL_MEMBERS) && !f.misspelt("pool")) ctx.diag().error(f.location(), "missing-key", "draw is missing required key 'pool' (or 'pools')");
            List<String> result = new ArrayList<>();
            if (resultNode instanceof YamlList) {
                result = f.strings(RESULT);
            } else if (resultNode != null) {
                ctx.diag().error(resultNode.location(), "wrong-type", "'result' must be a list of member ids in selection order");
            }
            if (seats != null) {
                seatsFit(f, SEATS, seats, members, ctx);
                pools.add(new DrawPool("", seats, members, result, f.location(),
                        resultNode != null ? resultNode.location() : f.location()));
            }
        }
        Text replacement = f.text(REPLACEMENT);
        Text note = f.text(NOTE);
        f.finish();
        if (id == null || announced == null || !sourcesComplete) return null;
        return new Draw(id, title, purpose, method, announced, pools, stratified, sources, replacement, note, f.location());
    }

    private static Map<String, List<String>> resultMap(YamlNode resultNode, Fields f, ReadContext ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (resultNode == null) return out;
        if (!(resultNode instanceof YamlMap m)) {
            ctx.diag().error(resultNode.location(), "wrong-type", "'result' of a stratified draw must map each pool name to its picks");
            return out;
        }
        for (YamlMap.Entry e : m.entries().values()) {
            List<String> picks = new ArrayList<>();
            if (e.value() instanceof YamlList l) {
                for (YamlNode item : l.items()) {
                    String s = f.asString(item, "result." + e.key());
                    if (s != null) picks.add(s);
                }
            } else {
                ctx.diag().error(e.value().location(), "wrong-type", "result." + e.key() + " must be a list of member ids");
            }
            out.put(e.key(), picks);
        }
        return out;
    }

    private static List<String> pool(Fields f, Field key, ReadContext ctx, String what) {
        List<String> members = f.refs(key, what, "pool member");
        Set<String> seen = new HashSet<>();
        if (f.node(key) instanceof YamlList list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar s && s.text() != null && !seen.add(s.text())) {
                    ctx.diag().error(item.location(), "duplicate-in-pool", "pool lists '" + s.text() + "' more than once");
                }
            }
        }
        if (members.size() > MAX_POOL) {
            ctx.diag().error(f.at(key), "pool-too-large", "RFC 3797 pools hold at most 65,535 items; this one has " + members.size());
        }
        return members;
    }

    private static void seatsFit(Fields f, Field key, int seats, List<String> members, ReadContext ctx) {
        if (seats > members.size()) {
            ctx.diag().error(f.at(key), "seats-exceed-pool", "seats (" + seats + ") exceed the pool size (" + members.size() + ")");
        }
    }

    private static DrawSource source(YamlNode node, ReadContext ctx, LocalDate announced) {
        Fields f = Fields.of(node, SOURCE, ctx);
        if (f == null) return null;
        String name = f.string(SOURCE_NAME);
        LocalDate published = f.date(PUBLISHED);
        if (published != null && announced != null && published.isBefore(announced)) {
            ctx.diag().error(f.at(PUBLISHED), "source-before-announcement", "source '" + name + "' was published on " + published
                    + ", before the draw was announced on " + announced + "; its value was known in advance");
        }
        List<String> values = new ArrayList<>();
        boolean valuesComplete = true;
        for (YamlNode v : f.list(VALUES)) {
            if (v instanceof YamlScalar s && (s.kind() == YamlScalar.Kind.INTEGER || s.kind() == YamlScalar.Kind.DECIMAL
                    || s.kind() == YamlScalar.Kind.STRING) && s.text() != null && s.text().matches(DECIMAL_VALUE.pattern())) {
                values.add(s.text());
            } else {
                valuesComplete = false;
                ctx.diag().error(v.location(), "bad-value", "source values must be non-negative integers or decimal strings like '10.0730'"
                        + (v instanceof YamlScalar s && s.text() != null ? ", not '" + s.text() + "'" : ""));
            }
        }
        if (f.has(VALUES) && values.isEmpty()) {
            ctx.diag().error(f.at(VALUES), "missing-key", "source '" + name + "' has no values");
        }
        String url = Urls.absolute(f, SOURCE_URL);
        Integer max = null;
        Integer count = null;
        Fields r = f.sub(RANGE_FIELD);
        if (r != null) {
            max = r.integer(MAX);
            count = r.integer(COUNT);
            r.finish();
        }
        f.finish();
        if (name == null || published == null || !valuesComplete || values.isEmpty()) return null;
        return new DrawSource(name, published, values, url, max, count, f.location());
    }
}
