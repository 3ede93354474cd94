package org.plenary.model.internal;

import java.time.LocalDate;

/** Dates that must not run backwards (joined/left, from/to, open/close). */
final class DateOrder {
    private DateOrder() {
    }

    static void check(ReadContext ctx, Fields f, String firstKey, LocalDate first, String laterKey, LocalDate later) {
        if (first != null && later != null && later.isBefore(first)) {
            ctx.diag().error(f.at(laterKey), "date-order", "'" + laterKey + "' (" + later + ") is before '" + firstKey + "' (" + first + ")");
        }
    }
}
