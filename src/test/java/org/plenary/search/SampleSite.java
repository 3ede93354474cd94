package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plenary.build.TestSite;

/**
 * The shipped sample (data/ and content/ of the repository), copied once per JVM into a temporary folder and built
 * there (links not checked), so search tests share one real site without writing into the working tree.
 */
final class SampleSite {
    private static Path root;

    private SampleSite() {
    }

    static synchronized Path root() {
        if (root == null) {
            try {
                Path tmp = Files.createTempDirectory("plenary-search-sample-");
                Path r = tmp.resolve("site-src");
                TestSite.copyTree(Path.of("data").toAbsolutePath(), r.resolve("data"));
                TestSite.copyTree(Path.of("content").toAbsolutePath(), r.resolve("content"));
                TestSite.Run run = TestSite.run("build", "--root", r.toString(), "--out", r.resolve("site").toString(),
                        "--links", "off");
                assertEquals(0, run.exitCode(), run::toString);
                root = r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static Path site() {
        return root().resolve("site");
    }
}
