package org.plenary.render.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default palette's first five colours (the five regions) stay apart for people with normal colour vision and
 * with the two common red–green deficiencies, simulated with the matrices of Machado, Oliveira and Fernandes (2009,
 * severity 1.0) in linear RGB and compared as CIELAB (CIE76) distances.
 */
class PaletteTest {
    private static final double[][] NONE = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    private static final double[][] PROTAN = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTAN = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};

    @Test
    void theFiveRegionColoursAreFarApartAlsoWithProtanopiaAndDeuteranopia() {
        List<String> five = Palette.ACCESSIBLE.colors().subList(0, 5);
        for (double[][] vision : List.of(NONE, PROTAN, DEUTAN)) {
            double min = vision == NONE ? 25 : 12;
            for (int i = 0; i < five.size(); i++) {
                for (int j = i + 1; j < five.size(); j++) {
                    double d = distance(lab(simulate(five.get(i), vision)), lab(simulate(five.get(j), vision)));
                    String pair = five.get(i) + " and " + five.get(j);
                    assertTrue(d >= min, pair + " are " + Math.round(d) + " apart (at least " + min + " wanted)");
                }
            }
        }
    }

    /** Linear RGB of a #rrggbb colour as seen with the given simulation matrix. */
    private static double[] simulate(String hex, double[][] m) {
        double[] lin = new double[3];
        for (int k = 0; k < 3; k++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * k, 3 + 2 * k), 16) / 255.0;
            lin[k] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = Math.max(0, Math.min(1, m[k][0] * lin[0] + m[k][1] * lin[1] + m[k][2] * lin[2]));
        }
        return out;
    }

    /** CIELAB (D65) of linear sRGB. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
