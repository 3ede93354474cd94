package org.plenary.render;

import org.plenary.output.ScriptJson;
import org.plenary.output.SitePaths;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.plenary.draw.DrawInputException;
import org.plenary.draw.Step;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.DrawSource;
import org.plenary.rules.DrawAudit;
import org.plenary.rules.MemberEntry;
import org.plenary.rules.PublicView;

/** Recomputes a draw for its page: key string, every step, and the JSON the in-browser verifier reads. */
public final class DrawSteps {
    /** One pick; {@code pool} is the pool's name in the page's language, {@code poolCode} its short name (AFRALO). */
    public record StepRow(Shown pool, String poolCode, int index, String md5, int itemsLeft, String remainder, int position,
                          int poolNumber, String name, String href) {
    }

    public record View(String key, List<StepRow> steps, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PublicView community;

    DrawSteps(PublicView community) {
        this.community = community;
    }

    View of(PageContext ctx, Draw d) {
        try {
            DrawAudit.Verdict v = DrawAudit.verify(d);
            List<StepRow> rows = new ArrayList<>();
            v.computed().forEach((pool, sel) -> {
                Shown poolLabel = DrawPages.poolName(ctx, community, pool);
                String poolCode = pool.toUpperCase(java.util.Locale.ROOT);
                for (Step s : sel.steps()) {
                    MemberEntry m = community.entry(s.item());
                    rows.add(new StepRow(poolLabel, poolCode, s.index(), s.md5Hex(), s.itemsLeft(), s.remainder().toString(), s.position(),
                            s.poolNumber(), m == null ? s.item() : ctx.name(m.name()),
                            ctx.href(SitePaths.member(ctx.lang(), s.item()))));
                }
            });
            return new View(v.key(), rows, verifierData(d));
        } catch (DrawInputException e) {
            return new View("", List.of(), verifierData(d)); // validation has already reported it
        }
    }

    /** The page's own data for draw-verify.js; ids only, so the check does not depend on translated names. */
    static String verifierData(Draw d) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode sources = root.putArray("sources");
        for (DrawSource s : d.sources()) {
            ObjectNode o = sources.addObject();
            o.put("name", s.name());
            ArrayNode values = o.putArray("values");
            s.values().forEach(values::add);
        }
        ArrayNode pools = root.putArray("pools");
        ObjectNode result = root.putObject("result");
        for (DrawPool p : d.pools()) {
            ObjectNode o = pools.addObject();
            o.put("name", p.name());
            o.put("seats", p.seats());
            ArrayNode items = o.putArray("pool");
            p.members().forEach(items::add);
            ArrayNode r = result.putArray(p.name());
            p.result().forEach(r::add);
        }
        return ScriptJson.write(root);
    }
}
