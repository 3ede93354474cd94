package org.plenary.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.BuildResult;
import org.plenary.build.LinkMode;
import org.plenary.build.SiteBuild;
import org.plenary.build.TestSite;
import org.plenary.content.Markdown;
import org.plenary.diag.Diagnostic;

/**
 * Incremental rebuilds write exactly what a clean build writes (issue 9: "byte-identical to a full build after any
 * sequence of incremental rebuilds"), and only what an edit affects.
 */
class IncrementalSiteTest {
    private static final String MEMBERS = "data/members/people.yaml";
    private static final String BODY_EN = "content/advice/AL-ALAC-ST-0117-01-00-EN/en.md";
    private static final String TRAVEL = "data/travel/icann58.yaml";

    /** One kind of edit an editor makes; it returns the files it touched (relative to the root). */
    private record Edit(String name, Consumer<TestSite> apply, List<String> files) {
    }

    private static List<Edit> edits() {
        List<Edit> e = new ArrayList<>();
        e.add(new Edit("member name", s -> toggle(s, MEMBERS, "name: Amina Diallo", "name: Amina N. Diallo"), List.of(MEMBERS)));
        e.add(new Edit("member region", s -> toggle(s, MEMBERS, "  region: euralo\n  country: DE", "  region: afralo\n  country: DE"),
                List.of(MEMBERS)));
        e.add(new Edit("member bio and affiliation", s -> toggle(s, MEMBERS, "  country: SN\n  joined:", "  country: SN\n"
                + "  affiliation: {en: Université Cheikh Anta Diop}\n  bio: {en: Works on *IDN* policy., fr: Travaille sur les IDN.}\n"
                + "  joined:"), List.of(MEMBERS)));
        e.add(new Edit("member left", s -> toggle(s, MEMBERS, "  joined: 2015-02-01\n  participation:",
                "  joined: 2015-02-01\n  left: 2019-06-30\n  participation:"), List.of(MEMBERS)));
        e.add(new Edit("member sort name", s -> toggle(s, MEMBERS, "fr: Zhang Wei}\n  region:",
                "fr: Zhang Wei}\n  sort_name: Wei Zhang\n  region:"), List.of(MEMBERS)));
        e.add(new Edit("member added", s -> toggleTail(s, MEMBERS, "- id: ana-silva\n  name: Ana Silva\n  region: euralo\n"
                + "  country: PT\n  joined: 2020-02-02\n"), List.of(MEMBERS)));
        e.add(new Edit("statement Markdown", s -> s.append(BODY_EN, "\nOne more paragraph, *with emphasis*.\n"), List.of(BODY_EN)));
        e.add(new Edit("statement title", s -> toggle(s, "data/advice/st-0117.yaml", "{en: Statement on IDN variants",
                "{en: Statement on IDN variant labels"), List.of("data/advice/st-0117.yaml")));
        e.add(new Edit("travel cost", s -> toggle(s, TRAVEL, "amount: 3150.40", "amount: 3275.10"), List.of(TRAVEL)));
        e.add(new Edit("travel outcome", s -> toggle(s, TRAVEL, "jean-dupont, programme: fellowship, status: declined",
                "jean-dupont, programme: fellowship, status: funded"), List.of(TRAVEL)));
        e.add(new Edit("content page", s -> s.append("content/en/about.md", "\nWe meet every month.\n"), List.of("content/en/about.md")));
        e.add(new Edit("page added or deleted", s -> toggleFile(s, "content/fr/nouvelles.md", "---\ntitle: Nouvelles\n---\nRien de neuf.\n"),
                List.of("content/fr/nouvelles.md")));
        e.add(new Edit("statement added or deleted", s -> {
            toggleFile(s, "data/advice/st-0999.yaml", "id: AL-ALAC-ST-0999-01-00-EN\ntitle: {en: Statement on data}\n"
                    + "type: correspondence\nstatus: submitted\ndates: {submitted: 2019-05-02}\npenholders: [jean-dupont]\n");
            toggleFile(s, "content/advice/AL-ALAC-ST-0999-01-00-EN/en.md", "Data matters.\n");
        }, List.of("data/advice/st-0999.yaml", "content/advice/AL-ALAC-ST-0999-01-00-EN")));
        e.add(new Edit("UI string", s -> toggleFile(s, "templates/i18n/fr.properties", "members.title=Nos membres\n"),
                List.of("templates/i18n/fr.properties")));
        e.add(new Edit("template", s -> toggleFile(s, "templates/page.jte", builtInTemplate("page.jte")
                .replace("<h1>${p.title()}</h1>", "<h1 class=\"page-title\">${p.title()}</h1>")), List.of("templates/page.jte")));
        e.add(new Edit("stylesheet", s -> toggleFile(s, "templates/static/css/extra.css", "body { color: #111; }\n"),
                List.of("templates/static/css/extra.css")));
        return e;
    }

    @Test
    void randomEditsGiveTheSameFilesAsACleanBuild(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        assertTrue(inc.full().ok(), () -> inc.problems().toString());
        assertSameAsCleanBuild(site, inc, tmp, "first build");
        List<Edit> edits = edits();
        Random random = new Random(20261130L);
        for (int step = 0; step < 12; step++) {
            Edit edit = edits.get(random.nextInt(edits.size()));
            edit.apply().accept(site);
            IncrementalSite.Rebuild r = inc.update(paths(site, edit.files()), false);
            assertTrue(r.ok(), () -> edit.name() + ": " + r.problems());
            assertSameAsCleanBuild(site, inc, tmp, "step " + step + " (" + edit.name() + ")");
        }
    }

    @Test
    void everyKindOfEditOnceThenCompare(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        assertTrue(inc.full().ok());
        for (Edit edit : edits()) {
            edit.apply().accept(site);
            IncrementalSite.Rebuild r = inc.update(paths(site, edit.files()), false);
            assertTrue(r.ok(), () -> edit.name() + ": " + r.problems());
            assertTrue(r.rendered() > 0, edit.name() + " changed some page");
        }
        assertSameAsCleanBuild(site, inc, tmp, "after every kind of edit");
    }

    @Test
    void anEditRedoesOnlyWhatReadIt(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        IncrementalSite.Rebuild first = inc.full();
        site.append(BODY_EN, "\nA new closing paragraph.\n");
        IncrementalSite.Rebuild r = inc.update(paths(site, List.of(BODY_EN)), false);
        assertTrue(r.rendered() > 0 && r.rendered() < first.units() / 4,
                "a statement body re-renders its own pages, not the site: " + r.rendered() + " of " + first.units());
        IncrementalSite.Rebuild none = inc.update(paths(site, List.of(BODY_EN, "content/en/.about.md.swp", "data/members/sed1x2")), false);
        assertEquals(0, none.rendered(), "a file saved unchanged re-renders nothing");
        assertEquals(r.generation(), none.generation(), "nor counts as a build: open tabs stay as they are");
    }

    @Test
    void aMembersEditRedoesTheirPagesAndThePagesThatListThemOnly(@TempDir Path tmp) {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        inc.full();
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina R. Diallo");
        IncrementalSite.Rebuild r = inc.update(paths(site, List.of(MEMBERS)), false);
        for (String lang : List.of("en", "fr", "ar")) {
            assertTrue(r.paths().contains("/" + lang + "/members/amina-diallo/"), "the profile: " + r.paths());
            assertTrue(r.paths().contains("/" + lang + "/members/"), "the directory");
            assertTrue(r.paths().contains("/" + lang + "/advice/al-alac-st-0117-01-00-en/"), "the statement she penned");
            assertTrue(r.paths().contains("/" + lang + "/travel/icann58/"), "the meeting she was funded to");
            assertTrue(r.paths().contains("/" + lang + "/draws/rapporteurs-2019/"), "the draw she was in");
            assertFalse(r.paths().contains("/" + lang + "/members/jean-dupont/"), "not other members' profiles");
            assertFalse(r.paths().contains("/" + lang + "/about/"), "not pages that do not show her");
            assertFalse(r.paths().contains("/" + lang + "/"), "not the home page: the number of members is the same");
        }
        assertTrue(r.paths().contains("/data/members.csv"), "the members table lists her: " + r.paths());
        assertFalse(r.paths().contains("/data/meetings.csv"), "the meetings table does not");
        assertFalse(r.paths().contains("/assets/"));
    }

    @Test
    void anEditOfWhatOnlyTheProfileShowsRedoesTheProfileNotTheListsOfMembers(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        inc.full();
        site.replace(MEMBERS, "  country: SN\n", "  country: SN\n  affiliation: Université Cheikh Anta Diop\n"
                + "  bio: {en: Works on *IDN* policy., fr: Travaille sur les IDN.}\n");
        IncrementalSite.Rebuild r = inc.update(paths(site, List.of(MEMBERS)), false);
        assertTrue(r.ok(), r.problems()::toString);
        for (String lang : List.of("en", "fr", "ar")) {
            assertTrue(r.paths().contains("/" + lang + "/members/amina-diallo/"), "the profile shows the bio: " + r.paths());
            for (String list : List.of("/members/", "/advice/al-alac-st-0117-01-00-en/", "/travel/icann58/", "/travel/",
                    "/draws/rapporteurs-2019/", "/")) {
                assertFalse(r.paths().contains("/" + lang + list), lang + list + " lists her but shows no bio: " + r.paths());
            }
        }
        assertTrue(r.paths().contains("/data/members.csv"), "the members table has the affiliation and bio");
        assertFalse(r.paths().contains("/data/travel.csv"), "the travel table shows her name only");
        assertTrue(Files.readString(inc.out().resolve("en/members/amina-diallo/index.html")).contains("<em>IDN</em>"));
        assertSameAsCleanBuild(site, inc, tmp, "after a bio edit");
    }

    @Test
    void aDirectorySplitByRegionRedoesOnlyTheRegionWhoseListChanged(@TempDir Path tmp) throws IOException {
        // More public members than fit on one page: the directory links to a page (or pages) per region.
        TestSite site = TestSite.mini(tmp);
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 210; i++) {
            more.append("- id: member-").append(i).append("\n  name: Member ").append(i).append("\n  region: ")
                    .append(i % 2 == 0 ? "afralo" : "euralo").append("\n  country: ").append(i % 2 == 0 ? "KE" : "DE")
                    .append("\n  joined: 2015-01-01\n  affiliation: University ").append(i).append('\n');
        }
        site.write("data/members/more.yaml", more.toString());
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        assertTrue(inc.full().ok(), inc.problems()::toString);
        assertTrue(Files.exists(inc.out().resolve("en/members/region/euralo/index.html")), "the directory is split");

        site.replace("data/members/more.yaml", "  affiliation: University 7\n", "  affiliation: Polytechnic 7\n");
        IncrementalSite.Rebuild affiliation = inc.update(paths(site, List.of("data/members/more.yaml")), false);
        assertTrue(affiliation.ok(), affiliation.problems()::toString);
        assertTrue(affiliation.paths().contains("/en/members/member-7/"), affiliation.paths()::toString);
        assertFalse(affiliation.paths().stream().anyMatch(p -> p.contains("/members/region/") || p.endsWith("/members/")),
                "no list of members shows the affiliation: " + affiliation.paths());

        site.replace("data/members/more.yaml", "  name: Member 7\n", "  name: Aaron Renamed\n");
        IncrementalSite.Rebuild renamed = inc.update(paths(site, List.of("data/members/more.yaml")), false);
        assertTrue(renamed.ok(), renamed.problems()::toString);
        for (String lang : List.of("en", "fr", "ar")) {
            assertTrue(renamed.paths().contains("/" + lang + "/members/region/euralo/"), "their region's page: " + renamed.paths());
            assertFalse(renamed.paths().stream().anyMatch(p -> p.startsWith("/" + lang + "/members/region/afralo/")),
                    "not the other region's pages: " + renamed.paths());
        }
        assertTrue(Files.readString(inc.out().resolve("en/members/region/euralo/index.html")).contains("Aaron Renamed"));
        assertSameAsCleanBuild(site, inc, tmp, "after editing a member of a split directory");
    }

    @Test
    void aDataEditReusesWhatWasReadFromContentAndStillSeesWhatChanged(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        // A body for a statement not in the registry yet: an error, until a data edit (only) adds the statement.
        site.write("content/advice/AL-ALAC-ST-0999-01-00-EN/en.md", "Data matters.\n");
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        IncrementalSite.Rebuild first = inc.full();
        assertTrue(first.problems().stream().anyMatch(p -> p.code().equals("dangling-reference")
                && p.location().file().startsWith("content/advice/AL-ALAC-ST-0999")), first.problems()::toString);
        site.write("data/advice/st-0999.yaml", "id: AL-ALAC-ST-0999-01-00-EN\ntitle: {en: Statement on data}\n"
                + "type: correspondence\nstatus: submitted\ndates: {submitted: 2019-05-02}\npenholders: [jean-dupont]\n");
        IncrementalSite.Rebuild added = inc.update(paths(site, List.of("data/advice/st-0999.yaml")), false);
        assertTrue(added.ok(), added.problems()::toString);
        assertTrue(Files.readString(inc.out().resolve("en/advice/al-alac-st-0999-01-00-en/index.html")).contains("Data matters."));
        assertSameAsCleanBuild(site, inc, tmp, "after the statement was added");

        // Problems of content/ and of a record's Markdown are reported again after a data edit that reads neither.
        site.write("content/en/notes.md", "---\ntitle: Notes\nauthor: me\n---\nNotes.\n");
        site.replace(MEMBERS, "  country: FR\n", "  country: FR\n  bio: \"" + ">".repeat(Markdown.MAX_DEPTH + 5) + " deep\"\n");
        IncrementalSite.Rebuild bad = inc.update(paths(site, List.of("content/en/notes.md", MEMBERS)), false);
        assertFalse(bad.ok());
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina M. Diallo");
        IncrementalSite.Rebuild again = inc.update(paths(site, List.of(MEMBERS)), false);
        assertEquals(bad.problems().stream().map(Diagnostic::code).toList(), again.problems().stream().map(Diagnostic::code).toList());
        assertTrue(again.problems().stream().anyMatch(p -> p.code().equals("unknown-key") && p.location().file().equals("content/en/notes.md")),
                again.problems()::toString);
        assertTrue(again.problems().stream().anyMatch(p -> p.code().equals("markdown-too-deep") && p.message().contains("jean-dupont")),
                again.problems()::toString);
        site.write("content/en/notes.md", "---\ntitle: Notes\n---\nNotes.\n");
        site.replace(MEMBERS, "  bio: \"" + ">".repeat(Markdown.MAX_DEPTH + 5) + " deep\"\n", "");
        IncrementalSite.Rebuild fixed = inc.update(paths(site, List.of("content/en/notes.md", MEMBERS)), false);
        assertTrue(fixed.ok(), fixed.problems()::toString);
        assertSameAsCleanBuild(site, inc, tmp, "after the fixes");
    }

    @Test
    void anInvalidEditKeepsTheLastGoodSiteAndFixingItRecovers(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        inc.full();
        Map<String, byte[]> before = files(inc.out());
        site.replace(MEMBERS, "  region: afralo\n  country: SN", "  regoin: afralo\n  country: SN");
        IncrementalSite.Rebuild bad = inc.update(paths(site, List.of(MEMBERS)), false);
        assertFalse(bad.ok());
        assertTrue(bad.problems().stream().anyMatch(d -> d.isError() && d.location().file().equals(MEMBERS)
                && d.location().line() > 0 && d.message().contains("region")), bad.problems()::toString);
        assertEquals(before.keySet(), files(inc.out()).keySet(), "nothing written while the input is invalid");
        site.replace(MEMBERS, "  regoin: afralo", "  region: afralo").append(MEMBERS, "");
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina B. Diallo");
        IncrementalSite.Rebuild fixed = inc.update(paths(site, List.of(MEMBERS)), false);
        assertTrue(fixed.ok(), fixed.problems()::toString);
        assertTrue(fixed.generation() > bad.generation());
        assertSameAsCleanBuild(site, inc, tmp, "after the fix");
    }

    @Test
    void deferredUnitsAreWrittenAfterThePagesAndThenTheSiteIsComplete(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        // The dev server defers the search index; the open data stands in for it here (no page shows either).
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2, Set.of("data"));
        inc.full();
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina D. Diallo");
        IncrementalSite.Rebuild r = inc.update(paths(site, List.of(MEMBERS)), false);
        assertTrue(r.paths().contains("/en/members/amina-diallo/"));
        assertFalse(r.paths().stream().anyMatch(p -> p.startsWith("/data/")), "the open data waits: " + r.paths());
        assertFalse(Files.readString(inc.out().resolve("data/members.csv")).contains("Amina D. Diallo"));
        site.replace(MEMBERS, "name: Amina D. Diallo", "name: Amina E. Diallo"); // a second edit before it is written
        inc.update(paths(site, List.of(MEMBERS)), false);
        assertTrue(inc.writeDeferred().units() > 0);
        assertEquals(0, inc.writeDeferred().units(), "nothing left");
        assertSameAsCleanBuild(site, inc, tmp, "after the deferred units");
    }

    @Test
    void aRenderingFailureWhileUnitsWaitLeavesThemToTheNextFullRenderNotToAnOlderPlan(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2, Set.of("data"));
        inc.full();
        // The dev server's deferred write runs on its own thread 1.5 s after the last edit: these edits come sooner.
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina D. Diallo");
        assertTrue(inc.update(paths(site, List.of(MEMBERS)), false).ok()); // the open data waits, from this plan
        site.write("templates/page.jte", builtInTemplate("page.jte")
                .replace("<h1>${p.title()}</h1>", "<h1>${Integer.parseInt(p.title())}</h1>")); // compiles, fails on a page
        IncrementalSite.Rebuild failed = inc.update(paths(site, List.of("templates/page.jte")), false);
        assertFalse(failed.ok(), "the template fails while rendering");
        site.delete("templates/page.jte");
        site.replace(MEMBERS, "name: Amina D. Diallo", "name: Amina E. Diallo");
        IncrementalSite.Rebuild fixed = inc.update(paths(site, List.of("templates/page.jte", MEMBERS)), false);
        assertTrue(fixed.ok(), fixed.problems()::toString);
        assertSameAsCleanBuild(site, inc, tmp, "after the fix, which rendered everything");
        inc.writeDeferred(); // as the dev server then does: nothing of an older plan may be written over it
        assertSameAsCleanBuild(site, inc, tmp, "after the deferred write");
    }

    @Test
    void aRebuildThatRendersEverythingWaitsForADeferredWriteUnderWay(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2, Set.of("data"));
        inc.full();
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina D. Diallo");
        assertTrue(inc.update(paths(site, List.of(MEMBERS)), false).ok()); // the open data waits
        site.write("templates/page.jte", builtInTemplate("page.jte")
                .replace("<h1>${p.title()}</h1>", "<h1>${Integer.parseInt(p.title())}</h1>"));
        assertFalse(inc.update(paths(site, List.of("templates/page.jte")), false).ok()); // the next renders everything
        // The deferred write, on its own thread as in the dev server, is held up writing members.csv (a named pipe,
        // whose opening for writing waits for a reader) while the fix is rebuilt.
        Path pipe = inc.out().resolve("data/members.csv");
        Files.delete(pipe);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
        Thread deferredWrite = new Thread(inc::writeDeferred, "deferred");
        deferredWrite.setDaemon(true);
        deferredWrite.start();
        while (deferredWrite.getState() == Thread.State.NEW || deferredWrite.getState() == Thread.State.RUNNABLE
                && java.util.Arrays.stream(deferredWrite.getStackTrace()).noneMatch(f -> f.getMethodName().equals("open0")
                        || f.getMethodName().equals("open"))) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // in the open(2) of the pipe
        site.delete("templates/page.jte");
        site.replace(MEMBERS, "name: Amina D. Diallo", "name: Amina E. Diallo");
        IncrementalSite.Rebuild[] fixed = new IncrementalSite.Rebuild[1];
        Thread rebuild = new Thread(() -> fixed[0] = inc.update(paths(site, List.of("templates/page.jte", MEMBERS)), false),
                "rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
        rebuild.join(5_000);
        assertTrue(rebuild.isAlive(), "the rebuild emptied and rewrote the folder while the deferred write was under way");
        Files.readAllBytes(pipe); // lets the deferred write go on
        deferredWrite.join(60_000);
        rebuild.join(60_000);
        assertFalse(deferredWrite.isAlive() || rebuild.isAlive());
        assertTrue(fixed[0].ok(), fixed[0].problems()::toString);
        assertEquals(0, inc.writeDeferred().units(), "nothing left for an older plan to write");
        assertSameAsCleanBuild(site, inc, tmp, "after the rebuild that waited");
    }

    @Test
    void lostEventsReadEverythingAgain(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.mini(tmp);
        IncrementalSite inc = new IncrementalSite(site.root(), tmp.resolve("serve"), 2);
        inc.full();
        site.replace(MEMBERS, "name: Amina Diallo", "name: Amina Q. Diallo");
        IncrementalSite.Rebuild r = inc.update(List.of(), true); // the watcher overflowed: no paths known
        assertTrue(r.rendered() > 0);
        assertSameAsCleanBuild(site, inc, tmp, "after an overflow");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String builtInTemplate(String name) {
        try {
            return Files.readString(Path.of("templates").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> paths(TestSite site, List<String> rel) {
        return rel.stream().map(site::path).toList();
    }

    private static void toggle(TestSite s, String file, String a, String b) {
        if (s.read(file).contains(a)) s.replace(file, a, b);
        else s.replace(file, b, a);
    }

    private static void toggleTail(TestSite s, String file, String tail) {
        String text = s.read(file);
        s.write(file, text.endsWith(tail) ? text.substring(0, text.length() - tail.length()) : text + tail);
    }

    private static void toggleFile(TestSite s, String file, String text) {
        if (Files.exists(s.path(file))) s.delete(file);
        else s.write(file, text);
    }

    private static int clean;

    static void assertSameAsCleanBuild(TestSite site, IncrementalSite inc, Path tmp, String when) throws IOException {
        assertSameAsCleanBuild(site.root(), inc, tmp, when);
    }

    static void assertSameAsCleanBuild(Path root, IncrementalSite inc, Path tmp, String when) throws IOException {
        Path out = tmp.resolve("clean-" + clean++);
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(root, out, false, LinkMode.OFF, null, null));
        assertEquals(BuildResult.OK, r.exitCode(), () -> when + ": " + r.diagnostics().all());
        assertSameFiles(files(out), files(inc.out()), when);
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        Set<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            byte[] got = actual.get(e.getKey());
            if (got != null && !Arrays.equals(e.getValue(), got)) differ.add(e.getKey());
        }
        if (!missing.isEmpty() || !extra.isEmpty() || !differ.isEmpty()) {
            fail(when + ": the incremental output differs from a clean build; missing " + missing + ", extra " + extra
                    + ", different " + differ);
        }
    }

    /** Every file under {@code dir} by relative path (publishing's hidden bookkeeping files excluded). */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".")) continue;
                out.put(rel, Files.readAllBytes(p));
            }
        }
        return out;
    }
}
