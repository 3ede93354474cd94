package org.plenary.draw;

import java.util.List;

/**
 * The outcome of drawing from one pool.
 *
 * @param steps  every pick with its digest and arithmetic, in pick order
 * @param result the picked items in selection order (same as the steps' items)
 */
public record Selection(List<Step> steps, List<String> result) {

    public Selection {
        steps = List.copyOf(steps);
        result = List.copyOf(result);
    }
}
