package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs' fingerprint: files counted once, links to files as those files, links to folders not followed. */
class SearchIndexesFingerprintTest {
    @TempDir
    Path tmp;

    @Test
    void countsFilesAndLinksToFilesButNotLinkedFolders() throws Exception {
        Path root = tmp.resolve("site");
        Files.createDirectories(root.resolve("data/sub"));
        Files.writeString(root.resolve("data/a.yaml"), "hello");
        Files.writeString(root.resolve("data/sub/b.yaml"), "ab");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("t.yaml"), "abcdefgh");
        Files.writeString(outside.resolve("u.yaml"), "never counted");
        Files.setLastModifiedTime(outside.resolve("t.yaml"), FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(root.resolve("data/a.yaml"), FileTime.fromMillis(2_000_000_000_000L));
        Files.setLastModifiedTime(root.resolve("data/sub/b.yaml"), FileTime.fromMillis(1_500_000_000_000L));
        Files.createSymbolicLink(root.resolve("data/link.yaml"), outside.resolve("t.yaml"));
        Files.createSymbolicLink(root.resolve("data/folder"), outside);
        Files.createSymbolicLink(root.resolve("data/broken.yaml"), tmp.resolve("missing"));
        String f = SearchIndexes.fingerprint(root);
        assertEquals("v" + org.plenary.search.internal.IndexMeta.FORMAT
                + " data:3/15/2000000000000 content:0/0/0 templates:0/0/0", f);
        Files.writeString(root.resolve("data/sub/b.yaml"), "abc");
        assertNotEquals(f, SearchIndexes.fingerprint(root));
    }
}
