package org.plenary.fuzz;

import java.util.HashSet;
import java.util.List;
import org.plenary.draw.DrawInputException;
import org.plenary.draw.KeyString;
import org.plenary.draw.Rfc3797;
import org.plenary.draw.Selection;
import org.plenary.draw.Source;
import org.plenary.draw.SourceValue;

/**
 * Fuzz target: RFC 3797 source parsing and selection. A value is either refused with {@link DrawInputException}
 * (a sentence for the person who wrote it) or parsed; a key string is built or refused the same way; a selection
 * picks exactly {@code seats} distinct items of the pool, the same ones every time.
 */
public final class DrawFuzzTarget {
    private DrawFuzzTarget() {
    }

    public static void run(List<String> values, List<String> pool, int seats) {
        for (String v : values) {
            try {
                SourceValue parsed = SourceValue.parse("fuzz", v);
                if (!parsed.canonical().contains(".")) throw new AssertionError("no dot in " + parsed.canonical());
            } catch (DrawInputException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("empty message");
            }
        }
        String key;
        try {
            key = KeyString.of(List.of(new Source("a", values), new Source("b", List.of("9319"))));
        } catch (DrawInputException e) {
            return;
        }
        if (!key.endsWith("/")) throw new AssertionError("key string " + key);
        try {
            Selection first = Rfc3797.select(key, pool, seats);
            Selection again = Rfc3797.select(key, pool, seats);
            if (!first.result().equals(again.result())) throw new AssertionError("not deterministic");
            if (first.result().size() != seats) throw new AssertionError("picked " + first.result().size() + " of " + seats);
            if (new HashSet<>(first.result()).size() != seats || !pool.containsAll(first.result())) {
                throw new AssertionError("picks not distinct items of the pool: " + first.result());
            }
        } catch (DrawInputException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("empty message");
        }
    }
}
