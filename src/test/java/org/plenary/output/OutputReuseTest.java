package org.plenary.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing into a folder an earlier site left gives exactly the folder a write from empty gives. */
class OutputReuseTest {
    @TempDir
    Path tmp;

    private static void site(Output out) {
        out.page("/en/", "<p>home</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.page("/en/members/ada/", "<p>Ada, changed</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.page("/en/x/", "<p>x is a folder now</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.file("data/y", "y is a file now");
        out.file("assets/site.css", "body{}");
        out.bytes("img/logo.png", new byte[] {1, 2, 3});
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String rel = dir.relativize(p).toString();
                m.put(rel, Files.isDirectory(p) ? "/" : Files.readString(p));
            }
        }
        return m;
    }

    @Test
    void aReusedFolderEndsUpAsAFreshOne() throws IOException {
        Path fresh = tmp.resolve("fresh");
        site(new Output(fresh));

        Path old = tmp.resolve("old");
        Files.createDirectories(old.resolve("en/members/ada"));
        Files.createDirectories(old.resolve("en/gone/deep"));
        Files.createDirectories(old.resolve("data/y/inside"));
        Files.createDirectories(old.resolve("en"));
        Files.writeString(old.resolve("en/index.html"), "<p>home</p>"); // unchanged
        Files.writeString(old.resolve("en/members/ada/index.html"), "<p>Ada</p>"); // changed, same folder
        Files.writeString(old.resolve("en/gone/deep/index.html"), "a page that no longer exists");
        Files.writeString(old.resolve("en/x"), "a file where a folder is wanted");
        Files.writeString(old.resolve("data/y/inside/z.json"), "a folder where a file is wanted");
        Files.writeString(old.resolve("assets/site.css".replace("assets/", "")), "stray");
        long unchangedTime = Files.getLastModifiedTime(old.resolve("en/index.html")).toMillis();
        Set<String> files = Set.of("en/index.html", "en/members/ada/index.html", "en/gone/deep/index.html", "en/x",
                "data/y/inside/z.json", "site.css");
        Set<String> folders = Set.of("en", "en/members", "en/members/ada", "en/gone", "en/gone/deep", "data", "data/y",
                "data/y/inside");
        Output reused = Output.reusing(old, files, folders, null);
        site(reused);
        reused.removeUnwritten();
        assertEquals(tree(fresh), tree(old));
        assertEquals(6, reused.fileCount());
        assertTrue(Files.getLastModifiedTime(old.resolve("en/index.html")).toMillis() == unchangedTime,
                "an unchanged file is not rewritten");
    }
}
