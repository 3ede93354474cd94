package org.plenary.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.model.Advice;
import org.plenary.model.Member;
import org.plenary.model.TravelRecord;
import org.plenary.model.TravelStatus;

/**
 * The public view is the one place privacy is enforced: an aggregate-only member is absent from everything it
 * exposes, yet counted in its tallies. The mini site's {@code hidden-member} (afralo, aggregate-only) has a funded
 * trip to ICANN58; the test adds them as a second penholder of the mini statement.
 */
class PublicViewTest {

    private static Loaded load(Path tmp) {
        TestSite site = TestSite.mini(tmp).replace("data/advice/st-0117.yaml", "penholders: [amina-diallo]",
                "penholders: [amina-diallo, hidden-member]");
        Loaded in = InputStages.run(site.root(), null, false);
        assertTrue(in.ok(), () -> in.diagnostics().toString());
        return in;
    }

    @Test
    void aggregateOnlyMembersAreAbsentFromEveryListAndLookup(@TempDir Path tmp) {
        PublicView v = load(tmp).view();
        assertNull(v.member("hidden-member"));
        assertNull(v.standing("hidden-member"));
        assertTrue(v.members().stream().map(Member::id).noneMatch("hidden-member"::equals));
        assertTrue(v.standings().stream().noneMatch(s -> s.memberId().equals("hidden-member")));
        assertEquals(1, v.withheldMembers());
        assertEquals(v.members().size() + 1, v.memberCount());
        assertEquals(List.of(), v.tripsOf("hidden-member"));
        assertEquals(List.of(), v.pennedBy("hidden-member"));
        for (TravelRecord t : v.travel()) assertTrue(t.member() == null || v.member(t.member()) != null, t.toString());
    }

    @Test
    void referencesToThemAreRedactedNotDropped(@TempDir Path tmp) {
        PublicView v = load(tmp).view();
        // The trip stays (meeting, programme, outcome, cost count) but carries no member.
        List<TravelRecord> icann58 = v.travelAt("ICANN58");
        assertEquals(3, icann58.size());
        TravelRecord anonymous = icann58.stream().filter(t -> t.member() == null).findFirst().orElseThrow();
        assertEquals("fellowship", anonymous.programme());
        assertEquals(TravelStatus.FUNDED, anonymous.status());
        // The statement lists the public penholder and says one more was withheld.
        Advice a = v.advice("AL-ALAC-ST-0117-01-00-EN");
        assertEquals(List.of("amina-diallo"), a.penholders());
        assertEquals(1, v.withheldPenholders(a.id()));
        assertEquals(List.of(a), v.pennedBy("amina-diallo"));
    }

    @Test
    void talliesCountEveryoneAndAgreeWithEachOther(@TempDir Path tmp) {
        Loaded in = load(tmp);
        Tallies t = in.view().tallies();
        long funded = in.community().travel().stream().filter(TravelRecord::funded).count();
        assertEquals(funded, t.fundedTrips());
        assertEquals(2, t.atMeeting("ICANN58").funded(), "Amina's trip and the aggregate-only member's");
        assertEquals(new BigDecimal("5150.40"), t.atMeeting("ICANN58").cost().get("USD"));
        assertEquals(1, t.atMeeting("ICANN58", "fellowship").funded());
        assertEquals(2, t.fundedAt("ICANN58", "afralo"));
        assertEquals(1, t.outcomesAt("ICANN58").get(TravelStatus.DECLINED));
        // Per programme and per region sums equal the total.
        int byProgramme = in.view().programmes().stream().mapToInt(p -> t.fundedBy(p.id())).sum();
        assertEquals(t.fundedTrips(), byProgramme);
        long byRegion = in.view().site().regions().stream().mapToLong(r -> t.region(r.code()).trips()).sum();
        assertEquals(t.total().trips(), byRegion);
        // Afralo has two members, one of them aggregate-only: both count, and both penholders' region counts once.
        assertEquals(2, t.region("afralo").members());
        assertEquals(1, t.region("afralo").advice());
        assertEquals(t.total().members(), in.view().site().regions().stream().mapToLong(r -> t.region(r.code()).members()).sum());
        // Per year, per region: the row sums equal the region's trips.
        for (var r : in.view().site().regions()) {
            assertEquals(t.region(r.code()).trips(), t.fundedPerYear(r.code()).stream().mapToInt(Integer::intValue).sum(), r.code());
        }
        assertNotNull(t.meetingsWithTrips());
        assertTrue(t.meetingsWithTrips().contains("ICANN58"));
    }
}
