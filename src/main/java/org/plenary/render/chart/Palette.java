package org.plenary.render.chart;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Series colours. The default is the Okabe–Ito palette (Okabe &amp; Ito, <i>Color Universal Design</i>, 2008), told
 * apart by people with any common colour-vision deficiency, ordered so the first colours are the strongest against a
 * white page (blue, orange, bluish green, vermilion, sky blue, reddish purple, yellow) and without its black, which
 * would vanish on a dark page. Beyond the last colour the palette repeats; line charts also vary marker shape.
 */
public final class Palette {
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{3}([0-9a-f]{3})?");

    public static final Palette OKABE_ITO = new Palette(
            List.of("#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#f0e442"));

    /**
     * The default: Okabe–Ito's hues darkened until each has at least 3:1 contrast against a white page, as WCAG 2.2
     * SC 1.4.11 (non-text contrast) asks of the parts of a chart needed to read it (the originals' orange, sky blue,
     * reddish purple and yellow have 1.3–3.1:1), with Okabe–Ito's black as a dark grey. Order: blue 5.2:1, dark orange
     * 4.2:1, bluish green 4.9:1, reddish purple 4.2:1, dark grey 8.5:1, vermilion 3.9:1, violet 5.4:1, olive 4.2:1.
     * The first five (the five regions of an At-Large community) are chosen so that no two are close, also as seen
     * with protanopia or deuteranopia (simulated, Machado et al. 2009: CIELAB distance at least 12); vermilion as the
     * fifth was nearly the dark orange for both. Line charts also vary marker shape.
     */
    public static final Palette ACCESSIBLE = new Palette(
            List.of("#0072b2", "#b36b00", "#008060", "#c0588f", "#4d4d4d", "#d55e00", "#7d5ba6", "#8f7a00"));

    private final List<String> colors;

    private Palette(List<String> colors) {
        this.colors = colors;
    }

    /** A palette of {@code #rgb} or {@code #rrggbb} colours, in order of use. */
    public static Palette of(String... colors) {
        if (colors.length == 0) throw new IllegalArgumentException("a palette needs at least one colour");
        String[] normal = new String[colors.length];
        for (int i = 0; i < colors.length; i++) {
            String c = colors[i] == null ? "" : colors[i].toLowerCase(Locale.ROOT);
            if (!HEX.matcher(c).matches()) throw new IllegalArgumentException("not a #rgb or #rrggbb colour: " + colors[i]);
            normal[i] = c;
        }
        return new Palette(List.of(normal));
    }

    /** The colour of the series at {@code index}, repeating after the last. */
    public String color(int index) {
        return colors.get(Math.floorMod(index, colors.size()));
    }

    public List<String> colors() {
        return colors;
    }
}
