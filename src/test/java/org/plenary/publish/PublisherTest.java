package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic publishing: stage beside the target, swap in whole, never leave a half-written, mixed or missing site;
 * repair at the next start what a killed build left (each state a kill can leave is made here by hand; the real
 * kills are in {@code KilledBuildTest}).
 */
class PublisherTest {
    @TempDir
    Path tmp;

    @Test
    void stagingIsAHiddenSiblingOfTheTargetWithTheMarker() throws IOException {
        try (Publisher p = Publisher.open(tmp.resolve("site"))) {
            Path staging = p.stage();
            assertEquals(tmp, staging.getParent());
            assertTrue(staging.getFileName().toString().startsWith(".site.staging-"), staging.toString());
            assertTrue(Files.isRegularFile(staging.resolve(Publisher.MARKER)));
            assertFalse(Files.exists(tmp.resolve("site")), "staging does not touch the target");
        }
    }

    @Test
    void publishedFolderFollowsTheUmaskNot0700() throws IOException {
        // What a folder made by this process gets (0755 with the usual umask 022; 0775 with 002).
        Path probe = Files.createDirectory(tmp.resolve("probe"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        assertTrue(expected.contains(PosixFilePermission.OTHERS_EXECUTE) || !expected.contains(PosixFilePermission.OTHERS_READ),
                "sanity: " + PosixFilePermissions.toString(expected));
        Path target = tmp.resolve("out/site");
        try (Publisher p = Publisher.open(target)) {
            Path staging = p.stage();
            Files.createDirectories(staging.resolve("en"));
            Files.writeString(staging.resolve("en/index.html"), "x");
            p.publish(staging);
        }
        assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("en"))));
    }

    @Test
    void publishIntoANewTarget() throws IOException {
        Path target = tmp.resolve("out/site");
        try (Publisher p = Publisher.open(target)) {
            Path staging = p.stage();
            Files.writeString(staging.resolve("index.html"), "new");
            p.publish(staging);
        }
        assertEquals("new", Files.readString(target.resolve("index.html")));
        assertEquals(List.of("site"), names(tmp.resolve("out")), "no staging, old or lock file left");
    }

    @Test
    void publishReplacesTheWholePreviousSite() throws IOException {
        Path target = tmp.resolve("site");
        Files.createDirectories(target.resolve("en/old"));
        Files.writeString(target.resolve("index.html"), "old");
        Files.writeString(target.resolve("en/old/index.html"), "gone after publishing");
        try (Publisher p = Publisher.open(target)) {
            Path staging = p.stage();
            Files.createDirectories(staging.resolve("en"));
            Files.writeString(staging.resolve("index.html"), "new");
            Files.writeString(staging.resolve("en/index.html"), "new en");
            p.publish(staging);
        }
        assertEquals("new", Files.readString(target.resolve("index.html")));
        assertEquals("new en", Files.readString(target.resolve("en/index.html")));
        assertFalse(Files.exists(target.resolve("en/old")), "files of the previous build do not linger");
        assertEquals(List.of(".site.spare", "site"), names(tmp), "no staging or old folder left, the previous site kept as the spare");
        assertEquals("gone after publishing", Files.readString(tmp.resolve(".site.spare/en/old/index.html")));
    }

    @Test
    void discardRemovesStagingAndLeavesTheTarget() throws IOException {
        Path target = tmp.resolve("site");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.html"), "old");
        try (Publisher p = Publisher.open(target)) {
            Path staging = p.stage();
            Files.createDirectories(staging.resolve("a/b"));
            Files.writeString(staging.resolve("a/b/half.html"), "half-written");
            p.discard(staging);
        }
        assertEquals(List.of(".site.spare", "site"), names(tmp), "the discarded staging folder is set aside as the spare");
        assertEquals("old", Files.readString(target.resolve("index.html")));
    }

    @Test
    void unnormalizedTargetIsResolved() throws IOException {
        try (Publisher p = Publisher.open(tmp.resolve("x/../site"))) {
            Path staging = p.stage();
            Files.writeString(staging.resolve("f"), "1");
            p.publish(staging);
        }
        assertTrue(Files.isRegularFile(tmp.resolve("site/f")));
        assertEquals(List.of("site"), names(tmp));
    }

    @Test
    void killedBetweenTheTwoRenamesThePreviousSiteComesBackAtTheNextStart() throws IOException {
        // State after "rename site → .site.old", before "rename staging → site": no site at all.
        Files.createDirectories(tmp.resolve(".site.old/en"));
        Files.writeString(tmp.resolve(".site.old/en/index.html"), "previous");
        Files.createDirectories(tmp.resolve(".site.staging-0123456789ab/en"));
        Files.writeString(tmp.resolve(".site.staging-0123456789ab/en/index.html"), "complete but never swapped in");
        try (Publisher p = Publisher.open(tmp.resolve("site"))) {
            assertEquals("previous", Files.readString(tmp.resolve("site/en/index.html")));
            assertEquals(List.of(".site.lock", ".site.spare", "site"), names(tmp), "the stale staging folder is set aside as the spare");
        }
    }

    @Test
    void killedAfterTheSwapTheOldSiteIsRemovedAtTheNextStart() throws IOException {
        Files.createDirectories(tmp.resolve("site"));
        Files.writeString(tmp.resolve("site/index.html"), "new");
        Files.createDirectories(tmp.resolve(".site.old/half/deleted"));
        Files.createDirectories(tmp.resolve(".site.old-18c2f")); // an older version's name
        try (Publisher p = Publisher.open(tmp.resolve("site"))) {
            assertEquals("new", Files.readString(tmp.resolve("site/index.html")));
        }
        assertEquals(List.of(".site.spare", "site"), names(tmp), "one old folder kept as the spare, the other removed");
    }

    @Test
    void aSecondBuildOfTheSameOutputIsRefusedWhileTheFirstRuns() throws IOException {
        try (Publisher first = Publisher.open(tmp.resolve("site"))) {
            Publisher.OutputBusyException e = assertThrows(Publisher.OutputBusyException.class, () -> Publisher.open(tmp.resolve("site")));
            assertTrue(e.getMessage().contains("another build is writing"), e.getMessage());
        }
        Publisher.open(tmp.resolve("site")).close(); // free again
    }

    @Test
    void onlyAFolderWithTheMarkerOrAnEmptyOneIsOwnOutput() throws IOException {
        assertTrue(Publisher.isOwnOutput(tmp.resolve("absent")));
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertTrue(Publisher.isOwnOutput(empty));
        Path webRoot = Files.createDirectory(tmp.resolve("www"));
        Files.writeString(webRoot.resolve("index.html"), "someone else's site");
        assertFalse(Publisher.isOwnOutput(webRoot), "an index.html alone does not make a folder ours");
        Files.writeString(webRoot.resolve(Publisher.MARKER), "x");
        assertTrue(Publisher.isOwnOutput(webRoot));
    }

    @Test
    void theNextStagingReusesTheSpareListedAndClearedOfLinks() throws IOException {
        Path target = tmp.resolve("site");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not to be touched");
        try (Publisher p = Publisher.open(target)) {
            Publisher.Staging fresh = p.stageReusing();
            assertEquals(Set.of(), fresh.files(), "no spare yet: a new folder");
            Files.createDirectories(fresh.dir().resolve("en"));
            Files.writeString(fresh.dir().resolve("en/index.html"), "one");
            p.publish(fresh.dir());
        }
        try (Publisher p = Publisher.open(target)) {
            Path staging = p.stage();
            Files.writeString(staging.resolve("index.html"), "two");
            p.publish(staging);
        }
        // Someone plants links in the spare: they must be removed, never written through.
        Path spare = tmp.resolve(".site.spare");
        Files.createSymbolicLink(spare.resolve("linked"), outside);
        Files.createSymbolicLink(spare.resolve("en/secret.txt"), outside.resolve("secret.txt"));
        try (Publisher p = Publisher.open(target)) {
            Publisher.Staging reused = p.stageReusing();
            assertTrue(reused.dir().getFileName().toString().startsWith(".site.staging-"), reused.dir().toString());
            assertEquals(Set.of("en/index.html"), reused.files());
            assertEquals(Set.of("en"), reused.folders());
            assertFalse(Files.exists(reused.dir().resolve("linked"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
            assertFalse(Files.exists(reused.dir().resolve("en/secret.txt"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
            assertTrue(Files.isRegularFile(reused.dir().resolve(Publisher.MARKER)));
            assertFalse(Files.exists(spare), "the spare became the staging folder");
            p.discard(reused.dir());
        }
        assertEquals("not to be touched", Files.readString(outside.resolve("secret.txt")));
    }

    @Test
    void aSpareThatIsALinkIsRemovedNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "x");
        Files.createSymbolicLink(tmp.resolve(".site.spare"), outside);
        try (Publisher p = Publisher.open(tmp.resolve("site"))) {
            Publisher.Staging s = p.stageReusing();
            assertEquals(Set.of(), s.files());
            p.discard(s.dir());
        }
        assertTrue(Files.exists(outside.resolve("keep.txt")));
        assertTrue(Files.isDirectory(tmp.resolve(".site.spare"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
