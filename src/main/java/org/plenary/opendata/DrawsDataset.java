package org.plenary.opendata;

import static org.plenary.opendata.Datatype.ANY_URI;
import static org.plenary.opendata.Datatype.BOOLEAN;
import static org.plenary.opendata.Datatype.DATE;
import static org.plenary.opendata.Datatype.INTEGER;
import static org.plenary.opendata.Datatype.STRING;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.draw.DrawInputException;
import org.plenary.draw.Selection;
import org.plenary.draw.Step;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.DrawSource;
import org.plenary.output.SitePaths;
import org.plenary.rules.DrawAudit;

/**
 * Random draws (RFC 3797). {@code draws/<id>.json}: everything needed to redo a draw by hand — pools in
 * published order, sources as written, the key string, every step and the result. {@code draws.csv/json}: one
 * row per draw.
 */
final class DrawsDataset {
    private final DataContext ctx;
    private final List<Draw> draws;
    private final Map<String, DrawAudit.Verdict> verdicts = new LinkedHashMap<>();

    DrawsDataset(DataContext ctx) {
        this.ctx = ctx;
        List<Draw> all = new ArrayList<>(ctx.view.draws());
        all.sort(Comparator.comparing(Draw::id));
        this.draws = List.copyOf(all);
        for (Draw d : draws) verdicts.put(d.id(), verdict(d));
    }

    private static DrawAudit.Verdict verdict(Draw d) {
        if (d.pools().isEmpty() || d.sources().isEmpty()) return null;
        try {
            return DrawAudit.verify(d);
        } catch (DrawInputException e) {
            return null; // validation has reported it; the file then carries no key and no steps
        }
    }

    /** File name under /data/ of a draw's JSON. */
    static String file(Draw d) {
        return "draws/" + d.slug() + ".json";
    }

    List<Draw> draws() {
        return draws;
    }

    Table table() {
        Table t = new Table("draws", "Random draws",
                "Every random selection made with RFC 3797: purpose, pool size, seats, the key string, the result and "
                        + "whether recomputing it gives the recorded result. Each draw's full record, with every step, "
                        + "is in draws/<id>.json.");
        t.column("id", STRING, true, "Draw identifier")
                .column("title", STRING, true, "Title, in the default language")
                .column("purpose", STRING, true, "policy-rapporteur, outreach-rapporteur, coe, board-seat, voter-panel or other")
                .column("method", STRING, true, "Selection method (rfc3797)")
                .column("announced", DATE, false, "Date the pool, seats and sources were published")
                .column("seats", INTEGER, true, "Seats filled, all pools together")
                .column("stratified", BOOLEAN, true, "Drawn from several pools (strata) with one key")
                .column("pool_count", INTEGER, true, "Number of pools")
                .column("pool_size", INTEGER, true, "Items in all pools together")
                .column("source_count", INTEGER, true, "Number of public randomness sources")
                .column("key", STRING, false, "RFC 3797 key string built from the sources")
                .listColumn("result", " ", "Selected member identifiers in selection order (pool after pool), space-separated")
                .column("verified", BOOLEAN, true, "Recomputing the draw gives the recorded result")
                .column("replacement_policy", STRING, false, "What happens when a selected member cannot serve")
                .column("note", STRING, false, "Note, in the default language")
                .column("page_url", ANY_URI, true, "The draw's page, with an in-browser verifier")
                .column("json_url", ANY_URI, true, "The draw's full record with every step")
                .primaryKey("id");
        for (Draw d : draws) {
            DrawAudit.Verdict v = verdicts.get(d.id());
            List<String> result = new ArrayList<>();
            d.pools().forEach(p -> result.addAll(p.result()));
            t.row().set("id", d.id())
                    .set("title", title(d))
                    .set("purpose", DataContext.code(d.purpose()))
                    .set("method", d.method())
                    .set("announced", d.announced())
                    .set("seats", d.seats())
                    .set("stratified", d.stratified())
                    .set("pool_count", d.pools().size())
                    .set("pool_size", d.pools().stream().mapToInt(p -> p.members().size()).sum())
                    .set("source_count", d.sources().size())
                    .set("key", v == null ? null : v.key())
                    .set("result", result)
                    .set("verified", v != null && v.matches())
                    .set("replacement_policy", ctx.text(d.replacementPolicy()))
                    .set("note", ctx.text(d.note()))
                    .set("page_url", ctx.url(SitePaths.draw(ctx.dflt, d.id())))
                    .set("json_url", ctx.dataUrl(file(d)))
                    .extra("translations", ctx.translations(DataContext.fields("title", d.title(),
                            "replacement_policy", d.replacementPolicy(), "note", d.note())));
        }
        return t;
    }

    private String title(Draw d) {
        String t = ctx.text(d.title());
        return t == null ? d.id() : t;
    }

    /** The full record of one draw. */
    ObjectNode document(Draw d) {
        DrawAudit.Verdict v = verdicts.get(d.id());
        ObjectNode o = Json.object();
        o.put("id", d.id());
        o.put("title", title(d));
        o.set("translations", ctx.translations(DataContext.fields("title", d.title(),
                "replacement_policy", d.replacementPolicy(), "note", d.note())));
        o.put("purpose", DataContext.code(d.purpose()));
        o.put("method", d.method());
        o.put("announced", MembersDataset.str(d.announced()));
        o.put("seats", d.seats());
        o.put("stratified", d.stratified());
        ArrayNode pools = o.putArray("pools");
        for (DrawPool p : d.pools()) {
            ObjectNode po = pools.addObject();
            po.put("name", p.name());
            po.put("seats", p.seats());
            po.set("pool", Json.strings(p.members()));
            po.set("result", Json.strings(p.result()));
        }
        ArrayNode sources = o.putArray("sources");
        for (DrawSource s : d.sources()) {
            ObjectNode so = sources.addObject();
            so.put("name", s.name());
            so.put("published", MembersDataset.str(s.published()));
            so.set("values", Json.strings(s.values()));
            so.put("url", s.url());
            if (s.rangeMax() == null) {
                so.putNull("range");
            } else {
                ObjectNode r = so.putObject("range");
                r.put("max", s.rangeMax());
                if (s.rangeCount() == null) r.put("count", s.values().size());
                else r.put("count", s.rangeCount());
            }
        }
        o.put("key", v == null ? null : v.key());
        ArrayNode steps = o.putArray("steps");
        if (v != null) {
            for (Map.Entry<String, Selection> e : v.computed().entrySet()) {
                for (Step s : e.getValue().steps()) {
                    ObjectNode so = steps.addObject();
                    so.put("pool", e.getKey());
                    so.put("index", s.index());
                    so.put("md5", s.md5Hex());
                    so.put("items_left", s.itemsLeft());
                    so.put("remainder", s.remainder());
                    so.put("position", s.position());
                    so.put("pool_number", s.poolNumber());
                    so.put("item", s.item());
                }
            }
        }
        if (d.stratified()) {
            ObjectNode result = o.putObject("result");
            for (DrawPool p : d.pools()) result.set(p.name(), Json.strings(p.result()));
        } else {
            List<String> result = new ArrayList<>();
            d.pools().forEach(p -> result.addAll(p.result()));
            o.set("result", Json.strings(result));
        }
        o.put("verified", v != null && v.matches());
        o.put("replacement_policy", ctx.text(d.replacementPolicy()));
        o.put("note", ctx.text(d.note()));
        o.put("page_url", ctx.url(SitePaths.draw(ctx.dflt, d.id())));
        o.put("license", DataContext.LICENSE);
        return o;
    }
}
