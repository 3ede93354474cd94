package org.plenary.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;
import org.plenary.identity.SameContent;
import org.plenary.registry.RegistryLoader;
import org.plenary.registry.SourceCache;

/**
 * The model stage with a {@link RecordCache} (the dev server's rebuilds) re-reads the records of the changed files
 * only, and still gives what reading everything gives: the same records, the same problems, references between
 * files checked again.
 */
class RecordCacheTest {
    private static final String PEOPLE = "data/members/people.yaml";
    private static final String ADVICE = "data/advice/st-0117.yaml";

    private final SourceCache sources = new SourceCache();
    private final RecordCache records = new RecordCache();

    private record Built(Community community, List<Diagnostic> problems) {
    }

    private Built cached(TestSite site, String... changed) {
        for (String f : changed) sources.refresh(site.path(f));
        Diagnostics d = new Diagnostics();
        Community c = new ModelBuilder(null, records).build(new RegistryLoader(site.root(), sources).load(d), d);
        return new Built(c, d.sorted());
    }

    private static Built fresh(TestSite site) {
        Diagnostics d = new Diagnostics();
        Community c = new ModelBuilder(null).build(new RegistryLoader(site.root()).load(d), d);
        return new Built(c, d.sorted());
    }

    private static void assertSameAsFresh(Built cached, TestSite site) {
        Built fresh = fresh(site);
        assertEquals(fresh.problems(), cached.problems());
        Community f = fresh.community();
        Community c = cached.community();
        assertTrue(SameContent.equal(List.of(f.site(), f.members(), f.workgroups(), f.meetings(), f.programmes(), f.travel(),
                f.applications(), f.advice(), f.draws()), List.of(c.site(), c.members(), c.workgroups(), c.meetings(),
                c.programmes(), c.travel(), c.applications(), c.advice(), c.draws())), "the same records as reading every file");
    }

    @Test
    void anEditReadsTheRecordsOfItsFileOnly(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        Built first = cached(site);
        site.replace(PEOPLE, "name: Amina Diallo", "name: Amina K. Diallo");
        Built second = cached(site, PEOPLE);
        assertSame(first.community().advice().get(0), second.community().advice().get(0), "an unchanged file's records are reused");
        assertSame(first.community().draws().get(0), second.community().draws().get(0));
        assertNotSame(first.community().member("amina-diallo"), second.community().member("amina-diallo"));
        assertEquals("Amina K. Diallo", second.community().member("amina-diallo").name().get("en", "en"));
        assertSameAsFresh(second, site);
    }

    @Test
    void problemsOfUnchangedFilesAreStillReported(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        site.replace(ADVICE, "topics: [idn]", "topics: [idn]\ntopcs: [dns]");
        Built first = cached(site);
        assertTrue(first.problems().stream().anyMatch(p -> p.location().file().equals(ADVICE) && p.code().equals("unknown-key")),
                first.problems()::toString);
        site.replace(PEOPLE, "name: Amina Diallo", "name: Amina K. Diallo");
        Built second = cached(site, PEOPLE);
        assertEquals(first.problems(), second.problems(), "the advice file's error again, though its records were not re-read");
        assertSameAsFresh(second, site);
    }

    @Test
    void referencesFromUnchangedFilesAreCheckedAgainstTheNewRecords(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        assertTrue(cached(site).problems().stream().noneMatch(Diagnostic::isError));
        // Amina's id changes: the statement she penned (an unchanged file) now names a member who does not exist.
        site.replace(PEOPLE, "- id: amina-diallo", "- id: amina-diallo-ba");
        Built renamed = cached(site, PEOPLE);
        assertTrue(renamed.problems().stream().anyMatch(p -> p.location().file().equals(ADVICE)
                && p.code().equals("dangling-reference") && p.message().contains("amina-diallo")), renamed.problems()::toString);
        assertSameAsFresh(renamed, site);
        site.replace(PEOPLE, "- id: amina-diallo-ba", "- id: amina-diallo");
        Built back = cached(site, PEOPLE);
        assertTrue(back.problems().stream().noneMatch(Diagnostic::isError), back.problems()::toString);
        assertSameAsFresh(back, site);
    }

    @Test
    void aChangeOfLanguagesOrRegionsReadsEveryFileAgain(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        Built first = cached(site);
        site.replace("data/site.yaml", "  - {code: euralo,", "  - {code: lacralo, name: {en: Latin America}}\n  - {code: euralo,");
        Built second = cached(site, "data/site.yaml");
        assertNotSame(first.community().advice().get(0), second.community().advice().get(0));
        assertSameAsFresh(second, site);
    }

    @Test
    void aDeletedFileIsForgotten(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        site.write("data/members/more.yaml", "- id: ana-silva\n  name: Ana Silva\n  region: euralo\n  country: PT\n  joined: 2020-02-02\n");
        cached(site);
        int remembered = records.size();
        site.delete("data/members/more.yaml");
        sources.forgetListings(site.path("data/members/more.yaml"));
        Built after = cached(site, "data/members/more.yaml");
        assertEquals(remembered - 1, records.size());
        assertSameAsFresh(after, site);
    }
}
