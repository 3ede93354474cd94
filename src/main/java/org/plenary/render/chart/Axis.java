package org.plenary.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from zero to a "nice" maximum, with ticks at a step of 1, 2 or 5 times a power of ten: a maximum of
 * 17 gives ticks 0, 5, 10, 15, 20; 47 gives 0, 10, …, 50; 0.7 gives 0, 0.2, …, 0.8. Ticks are exact decimals, so
 * they never print as {@code 0.30000000000000004}.
 *
 * @param step  the distance between ticks
 * @param ticks the ticks from 0 to {@link #max()} inclusive, ascending
 */
public record Axis(BigDecimal step, List<BigDecimal> ticks) {
    private static final int[] MANTISSAS = {1, 2, 5, 10};

    public Axis {
        ticks = List.copyOf(ticks);
        if (ticks.size() < 2) throw new IllegalArgumentException("an axis needs at least two ticks");
    }

    /**
     * The axis for values up to {@code dataMax}, with about {@code targetTicks} intervals (never fewer than needed
     * to reach {@code dataMax}). With {@code integers} (counts), the step is at least 1. A maximum of 0 (all
     * values zero) gives the axis 0–1.
     */
    public static Axis nice(double dataMax, int targetTicks, boolean integers) {
        if (!Double.isFinite(dataMax) || dataMax < 0) throw new IllegalArgumentException("axis maximum must be ≥ 0: " + dataMax);
        if (targetTicks < 1) throw new IllegalArgumentException("target tick count must be ≥ 1: " + targetTicks);
        double max = dataMax == 0 ? 1 : dataMax;
        BigDecimal step = niceStep(max / targetTicks);
        if (integers && step.compareTo(BigDecimal.ONE) < 0) step = BigDecimal.ONE;
        BigDecimal exactMax = new BigDecimal(Double.toString(max));
        int intervals = exactMax.divide(step, 0, RoundingMode.CEILING).intValueExact();
        List<BigDecimal> ticks = new ArrayList<>(intervals + 1);
        for (int i = 0; i <= Math.max(1, intervals); i++) ticks.add(step.multiply(BigDecimal.valueOf(i)).stripTrailingZeros());
        return new Axis(step, ticks);
    }

    private static BigDecimal niceStep(double raw) {
        int exponent = (int) Math.floor(Math.log10(raw));
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        double mantissa = raw / power.doubleValue();
        for (int m : MANTISSAS) {
            if (m >= mantissa - 1e-9) return BigDecimal.valueOf(m).multiply(power).stripTrailingZeros();
        }
        return BigDecimal.TEN.multiply(power).stripTrailingZeros();
    }

    /** The top of the axis, the last tick. */
    public double max() {
        return ticks.get(ticks.size() - 1).doubleValue();
    }

    /** Decimals a tick label needs: 0 for whole steps, 1 for a step of 0.5, 2 for 0.05. */
    public int fractionDigits() {
        return Math.max(0, step.stripTrailingZeros().scale());
    }
}
