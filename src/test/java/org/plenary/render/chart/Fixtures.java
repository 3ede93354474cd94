package org.plenary.render.chart;

import java.util.ArrayList;
import java.util.List;

/** Data shaped like the site's: 47 meetings, regions over years, members per region. */
final class Fixtures {
    static final List<String> REGIONS = List.of("Africa", "Asia, Australia and Pacific Islands", "Europe",
            "Latin America and Caribbean Islands", "North America");
    static final List<String> YEARS = List.of("2018", "2019", "2020", "2021", "2022", "2023", "2024");

    private Fixtures() {
    }

    static List<String> meetings() {
        List<String> m = new ArrayList<>();
        for (int i = 47; i <= 93; i++) m.add("ICANN" + i);
        return m;
    }

    /** Funded trips per meeting by programme; the virtual meetings (67–72) have none. */
    static ChartData tripsPerMeeting() {
        double[] alac = new double[47];
        double[] fellows = new double[47];
        double[] nextGen = new double[47];
        for (int i = 0; i < 47; i++) {
            boolean virtual = i >= 20 && i <= 25;
            alac[i] = virtual ? 0 : 5 + (i * 7) % 9;
            fellows[i] = virtual ? 0 : (i * 5) % 4;
            nextGen[i] = virtual ? 0 : (i % 3 == 0 ? 0 : 2);
        }
        return ChartData.of(meetings(), Series.of("ALAC", alac), Series.of("Fellowship", fellows), Series.of("NextGen", nextGen));
    }

    static ChartData tripsPerRegionOverYears() {
        List<Series> series = new ArrayList<>();
        for (int r = 0; r < REGIONS.size(); r++) {
            double[] v = new double[YEARS.size()];
            for (int y = 0; y < v.length; y++) v[y] = y == 2 ? 0 : 3 + (r * 5 + y * 3) % 11;
            series.add(Series.of(REGIONS.get(r), v));
        }
        return new ChartData(YEARS, series);
    }

    static ChartData membersPerRegion() {
        return ChartData.of(REGIONS, Series.of("Members", 120, 95, 140, 80, 60), Series.of("Active", 60, 50, 70, 30, 33),
                Series.of("Voting", 20, 18, 25, 0, 9));
    }

    static int nonZero(ChartData d) {
        int n = 0;
        for (Series s : d.series()) for (double v : s.values()) if (v > 0) n++;
        return n;
    }

    static ChartOptions.Builder options(String prefix) {
        return ChartOptions.builder(prefix, "Title of " + prefix).description("What " + prefix + " shows.");
    }
}
