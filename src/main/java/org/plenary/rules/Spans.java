package org.plenary.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenary.model.Period;

/** Date arithmetic shared by the rules: merging periods into continuous spans, counting whole months. */
final class Spans {
    private Spans() {
    }

    /**
     * Merges overlapping or touching periods (a gap of at most {@code gapDays}) into continuous spans, each
     * clipped to {@code asOf} (a span running on {@code asOf} is returned open); periods starting after
     * {@code asOf} are ignored.
     */
    static List<Period> merge(List<Period> periods, LocalDate asOf, int gapDays) {
        List<Period> sorted = new ArrayList<>();
        for (Period p : periods) {
            if (p.from().isAfter(asOf)) continue;
            // Ends are inclusive (see Period.contains): a period ending on asOf is still running on asOf.
            LocalDate end = p.to() == null || !p.to().isBefore(asOf) ? null : p.to();
            sorted.add(new Period(p.from(), end));
        }
        sorted.sort(Comparator.comparing(Period::from));
        List<Period> out = new ArrayList<>();
        for (Period p : sorted) {
            if (!out.isEmpty()) {
                Period last = out.get(out.size() - 1);
                if (last.to() == null) continue; // an open span swallows everything after it
                if (!p.from().isAfter(last.to().plusDays(gapDays))) {
                    LocalDate to = p.to() == null ? null : (p.to().isAfter(last.to()) ? p.to() : last.to());
                    out.set(out.size() - 1, new Period(last.from(), to));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    static long months(Period p, LocalDate asOf) {
        return months(p.from(), p.endOr(asOf));
    }
}
