package org.plenary.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plenary.draw.Rfc3797Test.assertMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolFileTest {

    @Test
    void oneItemALineTrimmedWithBlankLinesAndBomIgnored(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.txt");
        Files.write(f, "\uFEFFalice\r\n\r\n  bob  \ncarol".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("alice", "bob", "carol"), PoolFile.read(f));
    }

    @Test
    void sharedRfcPoolResourceReadsAs25Items() throws Exception {
        Path f = Path.of(getClass().getResource("/draw/rfc3797-pool.txt").toURI());
        assertEquals(Rfc3797Test.RFC_POOL, PoolFile.read(f));
    }

    @Test
    void duplicatesEmptinessAndEncodingAreErrors(@TempDir Path dir) throws Exception {
        assertMessage("p:3: \"a\" is already in the pool (line 1)", () -> PoolFile.parse("p", List.of("a", "b", "a")));
        assertMessage("has no items", () -> PoolFile.parse("p", List.of("", "  ")));
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'J', 'o', 's', (byte) 0xE9});
        assertMessage("is not UTF-8 text", () -> PoolFile.read(latin1));
    }
}
