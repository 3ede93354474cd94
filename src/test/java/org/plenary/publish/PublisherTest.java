package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic publishing: stage beside the target, swap in whole, never leave a half-written or mixed site. */
class PublisherTest {
    @TempDir
    Path tmp;

    @Test
    void stagingIsAHiddenSiblingOfTheTarget() throws IOException {
        Publisher p = new Publisher(tmp.resolve("site"));
        Path staging = p.stage();
        assertEquals(tmp, staging.getParent());
        assertTrue(staging.getFileName().toString().startsWith(".site.staging-"), staging.toString());
        assertTrue(Files.isDirectory(staging));
        assertFalse(Files.exists(tmp.resolve("site")), "staging does not touch the target");
    }

    @Test
    void publishIntoANewTarget() throws IOException {
        Path target = tmp.resolve("out/site");
        Publisher p = new Publisher(target);
        Path staging = p.stage();
        Files.writeString(staging.resolve("index.html"), "new");
        p.publish(staging);
        assertEquals("new", Files.readString(target.resolve("index.html")));
        assertEquals(List.of("site"), names(tmp.resolve("out")));
    }

    @Test
    void publishReplacesTheWholePreviousSite() throws IOException {
        Path target = tmp.resolve("site");
        Files.createDirectories(target.resolve("en/old"));
        Files.writeString(target.resolve("index.html"), "old");
        Files.writeString(target.resolve("en/old/index.html"), "gone after publishing");
        Publisher p = new Publisher(target);
        Path staging = p.stage();
        Files.createDirectories(staging.resolve("en"));
        Files.writeString(staging.resolve("index.html"), "new");
        Files.writeString(staging.resolve("en/index.html"), "new en");
        p.publish(staging);
        assertEquals("new", Files.readString(target.resolve("index.html")));
        assertEquals("new en", Files.readString(target.resolve("en/index.html")));
        assertFalse(Files.exists(target.resolve("en/old")), "files of the previous build do not linger");
        assertEquals(List.of("site"), names(tmp), "no staging or old folder left");
    }

    @Test
    void discardRemovesStagingAndLeavesTheTarget() throws IOException {
        Path target = tmp.resolve("site");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.html"), "old");
        Publisher p = new Publisher(target);
        Path staging = p.stage();
        Files.createDirectories(staging.resolve("a/b"));
        Files.writeString(staging.resolve("a/b/half.html"), "half-written");
        p.discard(staging);
        assertEquals(List.of("site"), names(tmp));
        assertEquals("old", Files.readString(target.resolve("index.html")));
    }

    @Test
    void unnormalizedTargetIsResolved() throws IOException {
        Publisher p = new Publisher(tmp.resolve("x/../site"));
        Path staging = p.stage();
        Files.writeString(staging.resolve("f"), "1");
        p.publish(staging);
        assertTrue(Files.isRegularFile(tmp.resolve("site/f")));
        assertEquals(List.of("site"), names(tmp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
