package org.plenary.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.diag.Diagnostics;
import org.plenary.draw.DrawInputException;
import org.plenary.draw.Entropy;
import org.plenary.draw.KeyString;
import org.plenary.draw.Pool;
import org.plenary.draw.Selection;
import org.plenary.draw.Source;
import org.plenary.draw.StratifiedDraw;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.DrawSource;

/**
 * Recomputes every recorded draw with RFC 3797 and compares it with the recorded result, naming the first
 * differing pick; warns when the sources carry less entropy than the selection needs (RFC 3797 §3.3).
 */
public final class DrawAudit {

    /** The outcome of recomputing one draw. */
    public record Verdict(boolean matches, String key, Map<String, Selection> computed, String mismatch,
                          org.plenary.diag.Location at) {
    }

    public static List<Source> sources(Draw d) {
        List<Source> out = new ArrayList<>();
        for (DrawSource s : d.sources()) {
            Source.Range range = s.rangeMax() == null ? null
                    : new Source.Range(s.rangeMax(), s.rangeCount() == null ? s.values().size() : s.rangeCount());
            out.add(new Source(s.name(), s.values(), range));
        }
        return out;
    }

    public static List<Pool> pools(Draw d) {
        List<Pool> out = new ArrayList<>();
        for (DrawPool p : d.pools()) out.add(new Pool(p.name(), p.seats(), p.members()));
        return out;
    }

    /** @throws DrawInputException when the record cannot be computed at all (bad values, seats over pool size) */
    public static Verdict verify(Draw d) {
        String key = KeyString.of(sources(d));
        Map<String, Selection> computed = StratifiedDraw.select(key, pools(d));
        for (DrawPool p : d.pools()) {
            List<String> expected = computed.get(p.name()).result();
            List<String> recorded = p.result();
            String where = p.name().isEmpty() ? "" : " in pool '" + p.name() + "'";
            for (int i = 0; i < Math.max(expected.size(), recorded.size()); i++) {
                String e = i < expected.size() ? expected.get(i) : null;
                String r = i < recorded.size() ? recorded.get(i) : null;
                if (e == null || !e.equals(r)) {
                    String msg = "recorded result of draw '" + d.id() + "' does not match RFC 3797: pick " + (i + 1) + where
                            + " is " + (r == null ? "missing" : "'" + r + "'") + " but recomputation gives "
                            + (e == null ? "no further pick" : "'" + e + "'") + " (key string " + key + ")";
                    return new Verdict(false, key, computed, msg, p.resultLocation());
                }
            }
        }
        return new Verdict(true, key, computed, null, null);
    }

    void audit(List<Draw> draws, Diagnostics diag) {
        for (Draw d : draws) {
            if (d.pools().isEmpty() || d.sources().isEmpty()) continue;
            if (d.sources().stream().anyMatch(s -> s.values().isEmpty())) continue; // reported by the reader
            if (d.pools().stream().anyMatch(p -> Set.copyOf(p.members()).size() != p.members().size())) continue; // ditto
            if (d.pools().stream().anyMatch(p -> p.seats() > p.members().size())) continue; // reported by the reader
            try {
                Verdict v = verify(d);
                if (!v.matches()) diag.error(v.at(), "draw-mismatch", v.mismatch());
                Entropy.Report e = Entropy.check(sources(d), pools(d));
                if (!e.sufficient()) {
                    diag.warning(d.location(), "draw-entropy", String.format(java.util.Locale.ROOT,
                            "draw '%s': sources supply about %.1f bits of entropy but choosing the result needs %.1f bits "
                                    + "(RFC 3797 section 3.3); add a source or more values", d.id(), e.supplied().bits(), e.needed()));
                }
            } catch (DrawInputException e) {
                diag.error(d.location(), "draw-invalid", "draw '" + d.id() + "' cannot be computed: " + e.getMessage());
            }
        }
    }
}
