package org.plenary.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;
import org.plenary.diag.Location;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.DrawPurpose;
import org.plenary.model.DrawSource;
import org.plenary.model.Text;

/** Draw records (SPEC §2 draws, §4, §9): recomputed and compared; sources, pools and seats checked. */
class DrawAuditTest {
    private static final String DRAW = "data/draws/rapporteurs-2019.yaml";
    private static final String POOLS = "data/members/pool.yaml";
    private static final Location HERE = new Location("d.yaml", 1, 1);

    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void rfc3797ExampleVerifies() {
        List<String> pool = List.of("John", "Mary", "Bashful", "Dopey", "Sleepy", "Grouchy", "Doc", "Sneazy", "Handsome",
                "Cassandra", "Pollyanna", "Pendragon", "Pandora", "Faith", "Hope", "Charity", "Lee", "Longsuffering",
                "Chastity", "Smith", "Pride", "Sloth", "Envy", "Anger", "Kasczynski");
        List<String> result = List.of("Lee", "Doc", "Mary", "Charity", "Kasczynski", "Envy", "Sneazy", "Anger", "Chastity",
                "Pandora", "Sloth");
        LocalDate day = LocalDate.of(2004, 1, 1);
        List<DrawSource> sources = List.of(
                new DrawSource("a", day, List.of("9319"), null, null, null, HERE),
                new DrawSource("b", day, List.of("2", "5", "12", "8", "10"), null, null, null, HERE),
                new DrawSource("c", day, List.of("9", "18", "26", "34", "41", "45"), null, null, null, HERE));
        Draw ok = new Draw("rfc", Text.of("en", "RFC 3797"), DrawPurpose.OTHER, "rfc3797", day,
                List.of(new DrawPool("", 11, pool, result, HERE)), false, sources, Text.EMPTY, Text.EMPTY, HERE);
        DrawAudit.Verdict v = DrawAudit.verify(ok);
        assertTrue(v.matches(), v::mismatch);
        assertEquals("9319./2.5.8.10.12./9.18.26.34.41.45./", v.key());

        List<String> swapped = new java.util.ArrayList<>(result);
        java.util.Collections.swap(swapped, 4, 5);
        Draw edited = new Draw("rfc", Text.of("en", "RFC 3797"), DrawPurpose.OTHER, "rfc3797", day,
                List.of(new DrawPool("", 11, pool, swapped, HERE)), false, sources, Text.EMPTY, Text.EMPTY, HERE);
        DrawAudit.Verdict bad = DrawAudit.verify(edited);
        assertFalse(bad.matches());
        assertTrue(bad.mismatch().contains("pick 5 is 'Envy' but recomputation gives 'Kasczynski'"), bad.mismatch());
    }

    @Test
    void editedResultIsReportedNamingThePick() {
        Diags d = site().replace(DRAW, "result: [amina-diallo]", "result: [zhang-wei]").rejects();
        d.error("draw-mismatch", DRAW, 9, 9, "recorded result of draw 'rapporteurs-2019' does not match RFC 3797",
                "pick 1 is 'zhang-wei' but recomputation gives 'amina-diallo'", "key string 9319./");
        d.count(1);
    }

    @Test
    void firstDifferingPickIsNamed() {
        TestSite s = site().replace(DRAW, "seats: 1", "seats: 3");
        List<String> right = computed(s, "rapporteurs-2019", "");
        s.replace(DRAW, "result: [amina-diallo]", "result: [" + String.join(", ", right) + "]").accepts().count(0);
        s.replace(DRAW, "result: [" + String.join(", ", right) + "]",
                "result: [" + right.get(0) + ", " + right.get(2) + ", " + right.get(1) + "]");
        Diags d = s.rejects();
        d.error("draw-mismatch", DRAW, 9, 9, "pick 2 is '" + right.get(2) + "' but recomputation gives '" + right.get(1) + "'");
        d.count(1);
    }

    @Test
    void missingPickIsNamed() {
        TestSite s = site().replace(DRAW, "seats: 1", "seats: 2");
        List<String> right = computed(s, "rapporteurs-2019", "");
        s.replace(DRAW, "result: [amina-diallo]", "result: [" + right.get(0) + "]");
        Diags d = s.rejects();
        d.error("draw-mismatch", DRAW, 9, 9, "pick 2 is missing but recomputation gives '" + right.get(1) + "'");
    }

    @Test
    void sourcePublishedBeforeTheAnnouncement() {
        Diags d = site().replace(DRAW, "published: 2018-12-10", "published: 2018-11-30").rejects();
        d.error("source-before-announcement", DRAW, 8, 34, "source 'Lottery A' was published on 2018-11-30",
                "before the draw was announced on 2018-12-01");
        d.count(1);
    }

    @Test
    void sourcePublishedOnTheAnnouncementDayIsFine() {
        site().replace(DRAW, "published: 2018-12-10", "published: 2018-12-01").accepts().count(0);
    }

    @Test
    void duplicateInPool() {
        Diags d = site().replace(DRAW, "pool: [jean-dupont, zhang-wei, amina-diallo]",
                "pool: [jean-dupont, zhang-wei, amina-diallo, zhang-wei]").rejects();
        d.error("duplicate-in-pool", DRAW, 6, 46, "pool lists 'zhang-wei' more than once");
        d.count(1);
    }

    @Test
    void seatsExceedPool() {
        Diags d = site().replace(DRAW, "seats: 1", "seats: 4").rejects();
        d.error("seats-exceed-pool", DRAW, 5, 8, "seats (4) exceed the pool size (3)");
        d.count(1);
    }

    @Test
    void sourceWithoutValuesIsReportedOnce() {
        Diags d = site().replace(DRAW, "values: [9319]", "values: []").rejects();
        d.error("missing-key", DRAW, 8, 54, "source 'Lottery A' has no values");
        d.count(1);
    }

    @Test
    void stratifiedDrawIsCheckedPoolByPool() {
        TestSite s = site().write(POOLS, people()).write("data/draws/panel.yaml", stratified("[]", "[]"));
        List<String> afralo = computed(s, "panel-2020", "afralo");
        List<String> euralo = computed(s, "panel-2020", "euralo");
        s.write("data/draws/panel.yaml", stratified(list(afralo), list(euralo))).accepts().count(0);

        s.write("data/draws/panel.yaml", stratified(list(afralo), list(List.of(euralo.get(1), euralo.get(0)))));
        Diags d = s.rejects();
        d.error("draw-mismatch", "data/draws/panel.yaml", 14, 11, "pick 1 in pool 'euralo' is '" + euralo.get(1) + "'");
        d.count(1);
    }

    @Test
    void stratifiedResultForAnUnknownPool() {
        TestSite s = site().write(POOLS, people()).write("data/draws/panel.yaml", stratified("[]", "[]")
                .replace("  euralo: []", "  eurolo: []"));
        Diags d = s.rejects();
        d.error("dangling-reference", "data/draws/panel.yaml", 14, 3, "result names pool 'eurolo'", "did you mean 'euralo'?");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The RFC 3797 result of one pool of a draw as the site currently records it (whatever its recorded result). */
    private static List<String> computed(TestSite s, String id, String pool) {
        Loaded in = InputStages.run(s.root(), null, false);
        Draw draw = in.community().draw(id);
        return DrawAudit.verify(draw).computed().get(pool).result();
    }

    private static String people() {
        StringBuilder y = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            y.append("- {id: p").append(i).append(", name: Person ").append(i).append(", region: ")
                    .append(i <= 3 ? "afralo" : "euralo").append("}\n");
        }
        return y.toString();
    }

    private static String stratified(String afralo, String euralo) {
        return "id: panel-2020\n"
                + "title: Voter panel 2020\n"
                + "purpose: voter-panel\n"
                + "announced: 2020-01-10\n"
                + "pools:\n"
                + "  - {name: afralo, seats: 2, pool: [p1, p2, p3]}\n"
                + "  - {name: euralo, seats: 2, pool: [p4, p5, p6]}\n"
                + "sources:\n"
                + "  - {name: Lottery, published: 2020-01-20, values: [3, 14, 15, 26, 35, 42]}\n"
                + "  - {name: Index close, published: 2020-01-20, values: [\"10732.19\"]}\n"
                + "result:\n"
                + "  afralo: " + afralo + "\n"
                + "\n"
                + "  euralo: " + euralo + "\n";
    }

    private static String list(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }
}
