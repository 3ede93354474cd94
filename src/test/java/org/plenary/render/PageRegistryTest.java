package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.output.Output;

/** The plan lists every page before rendering; rendering records what each page read, precisely. */
class PageRegistryTest {

    @Test
    void planListsEveryPageOfEveryLanguageAndRecordsWhatEachRead(@TempDir Path tmp) throws Exception {
        Loaded in = InputStages.run(TestSite.mini(tmp).root(), null, false);
        assertTrue(in.ok(), () -> in.diagnostics().toString());
        Path out = tmp.resolve("out");
        PageRegistry reg = new SiteRenderer().plan(in.view(), in.content(), new Output(out));
        List<String> paths = reg.pages().stream().map(PageRegistry.Unit::path).toList();
        for (String lang : List.of("en", "fr")) {
            assertTrue(paths.contains("/" + lang + "/members/amina-diallo/"), paths.toString());
            assertTrue(paths.contains("/" + lang + "/advice/al-alac-st-0117-01-00-en/"));
        }
        assertFalse(paths.contains("/en/members/hidden-member/"), "no page for an aggregate-only member");
        assertFalse(Files.exists(out.resolve("en/index.html")), "planning renders nothing");

        reg.render(u -> true, 2);
        for (String p : paths) assertTrue(Files.exists(out.resolve(p.substring(1) + "index.html")), p);
        Map<String, Set<String>> deps = reg.dependencies();
        Set<String> profile = deps.get("/en/members/amina-diallo/");
        assertTrue(profile.containsAll(Set.of("site", "member:amina-diallo", "standing:amina-diallo", "trips:amina-diallo",
                "penned:amina-diallo", "draws-of:amina-diallo")), profile.toString());
        assertFalse(profile.contains("member:jean-dupont"), "a profile does not depend on other members");
        assertFalse(profile.contains("members"), "nor on the member list");
        Set<String> statement = deps.get("/fr/advice/al-alac-st-0117-01-00-en/");
        assertTrue(statement.containsAll(Set.of("advice:AL-ALAC-ST-0117-01-00-EN", "body:AL-ALAC-ST-0117-01-00-EN",
                "roster:amina-diallo")), statement.toString());
        assertFalse(statement.contains("member:amina-diallo"), "a penholder's name, not their whole record");
        Set<String> directory = deps.get("/en/members/");
        assertTrue(directory.containsAll(Set.of("headcount", "roster@afralo", "roster@euralo", "standing:jean-dupont")),
                directory.toString());
        assertFalse(directory.contains("members") || directory.contains("member:jean-dupont"),
                "what the directory shows of each member, not their whole records: " + directory);
        assertTrue(deps.get("/en/metrics/").contains("tallies:regions"));
    }

    @Test
    void anInterruptedRenderingStartsNoUnitAfterTheInterruptAndNoneRunsWhenItReturns() throws Exception {
        PageRegistry reg = new PageRegistry();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        for (int k = 0; k < 60; k++) {
            reg.add(new PageRegistry.Unit("/u" + (100 + k), "", "page", false, () -> {
                started.incrementAndGet();
                running.incrementAndGet();
                long end = System.nanoTime() + 50_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait(); // a unit that does not look at interrupts
                running.decrementAndGet();
            }));
        }
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                reg.render(u -> true, 2);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        caller.start();
        Thread.sleep(120);
        caller.interrupt();
        caller.join(60_000);
        assertFalse(caller.isAlive());
        int atReturn = started.get();
        assertTrue(thrown.get() instanceof IllegalStateException, String.valueOf(thrown.get()));
        assertEquals(0, running.get(), "no unit is still running when render returns");
        assertTrue(atReturn < 20, "units started after the interrupt: " + atReturn + " of 60");
        Thread.sleep(200);
        assertEquals(atReturn, started.get(), "no unit starts after render returned");
    }

    @Test
    void renderingASubsetWritesOnlyThose(@TempDir Path tmp) {
        Loaded in = InputStages.run(TestSite.mini(tmp).root(), null, false);
        Path out = tmp.resolve("out");
        PageRegistry reg = new SiteRenderer().plan(in.view(), in.content(), new Output(out));
        reg.render(u -> u.path().equals("/en/members/jean-dupont/"), 1);
        assertTrue(Files.exists(out.resolve("en/members/jean-dupont/index.html")));
        assertFalse(Files.exists(out.resolve("en/members/amina-diallo/index.html")));
        assertEquals(Set.of("/en/members/jean-dupont/"), reg.dependencies().keySet());
    }
}
