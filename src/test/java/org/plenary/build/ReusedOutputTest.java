package org.plenary.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Successive builds into one output reuse the site before the current one as their staging folder; whatever the
 * edits in between, each published site is byte for byte the site a build into a new folder gives.
 */
class ReusedOutputTest {
    @TempDir
    Path tmp;

    private static BuildResult build(TestSite site, Path out) throws Exception {
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.INTERNAL, null, null));
        assertEquals(BuildResult.OK, r.exitCode(), () -> r.diagnostics().all() + " " + r.links());
        return r;
    }

    @Test
    void everyBuildIntoAReusedFolderEqualsABuildFromScratch() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Path out = site.beside("out");
        build(site, out);
        build(site, out); // the first site is now the spare
        assertTrue(Files.isDirectory(site.beside(".out.spare")), "the previous site is kept beside the output");
        // Edits that add, change and remove pages, then a build that reuses the spare each time.
        site.append("content/en/index.md", "\nMore text on the home page.\n");
        site.write("content/en/new-page.md", "---\ntitle: New page\n---\nHello.\n");
        build(site, out);
        assertSameTree(freshBuild(site, "fresh1"), out);
        site.delete("content/en/new-page.md");
        build(site, out);
        assertSameTree(freshBuild(site, "fresh2"), out);
    }

    @Test
    void aBuildThatFailsOnItsInputKeepsTheSpareAndThePublishedSite() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Path out = site.beside("out");
        build(site, out);
        build(site, out);
        Path spare = site.beside(".out.spare");
        java.util.Map<String, byte[]> published = TestSite.snapshot(out);
        java.util.Map<String, byte[]> kept = TestSite.snapshot(spare);
        // The spare is taken as the staging folder while the inputs are read; they turn out invalid.
        site.write("data/meetings.yaml", "meetings: [\n");
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.INTERNAL, null, null));
        assertEquals(BuildResult.INVALID_INPUT, r.exitCode(), () -> r.diagnostics().all().toString());
        assertEquals(snapshotText(published), snapshotText(TestSite.snapshot(out)));
        assertEquals(snapshotText(kept), snapshotText(TestSite.snapshot(spare)), "the spare is put back as it was");
        try (var s = Files.list(site.beside("out").getParent())) {
            assertEquals(java.util.List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.staging")).toList());
        }
    }

    @Test
    void aBuildThatFailsOnItsInputIntoANewOrEmptyFolderLeavesNothingBesideIt() throws Exception {
        TestSite site = TestSite.mini(tmp);
        site.write("data/meetings.yaml", "meetings: [\n");
        Path fresh = site.beside("fresh");
        Path empty = Files.createDirectory(site.beside("empty"));
        for (Path out : java.util.List.of(fresh, empty)) {
            BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.INTERNAL, null, null));
            assertEquals(BuildResult.INVALID_INPUT, r.exitCode(), () -> r.diagnostics().all().toString());
        }
        assertTrue(Files.notExists(fresh));
        try (var s = Files.list(empty)) {
            assertEquals(0, s.count(), "the empty output stays empty");
        }
        try (var s = Files.list(tmp)) {
            assertEquals(java.util.List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList(),
                    "no spare, staging folder or lock is made by a build that fails on its input");
        }
    }

    @Test
    void aStagingFolderThatCannotBeTakenIsPutBackAsTheSpare() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Path out = site.beside("out");
        build(site, out);
        build(site, out);
        Path spare = site.beside(".out.spare");
        // The spare's marker is a folder: taking the spare fails when the marker is rewritten, after the rename.
        Files.delete(spare.resolve(".plenary-site"));
        Files.createDirectory(spare.resolve(".plenary-site"));
        java.util.Map<String, byte[]> published = TestSite.snapshot(out);
        java.util.Map<String, byte[]> kept = TestSite.snapshot(spare);
        for (String input : java.util.List.of("ok", "invalid")) {
            if (input.equals("invalid")) site.write("data/meetings.yaml", "meetings: [\n");
            try {
                BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.INTERNAL, null, null));
                assertTrue(r.exitCode() != BuildResult.OK, input + ": " + r.diagnostics().all());
            } catch (java.io.IOException expected) {
                // the staging folder could not be taken
            }
            assertEquals(snapshotText(published), snapshotText(TestSite.snapshot(out)), input);
            assertEquals(snapshotText(kept), snapshotText(TestSite.snapshot(spare)), input + ": the spare is put back as it was");
            try (var s = Files.list(tmp)) {
                assertEquals(java.util.List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.staging")).toList(),
                        input);
            }
        }
    }

    private static java.util.Map<String, String> snapshotText(java.util.Map<String, byte[]> files) {
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        files.forEach((k, v) -> m.put(k, new String(v, java.nio.charset.StandardCharsets.ISO_8859_1)));
        return m;
    }

    /** Same files with the same bytes, and the same folders. */
    private static void assertSameTree(Path want, Path got) throws Exception {
        java.util.Map<String, String> a = new java.util.TreeMap<>();
        java.util.Map<String, String> b = new java.util.TreeMap<>();
        TestSite.snapshot(want).forEach((k, v) -> a.put(k, new String(v, java.nio.charset.StandardCharsets.ISO_8859_1)));
        TestSite.snapshot(got).forEach((k, v) -> b.put(k, new String(v, java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a, b);
        assertEquals(folders(want), folders(got));
    }

    private static java.util.List<String> folders(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isDirectory).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static Path freshBuild(TestSite site, String name) throws Exception {
        Path out = site.beside(name);
        build(site, out);
        return out;
    }
}
