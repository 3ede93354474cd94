package org.plenary.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite.Run;

/**
 * The main job, as CI must prove it (README: {@code ./plenary build}): the shipped sample ({@code data/},
 * {@code content/}, {@code templates/} of this repository) validates with no error and no warning, builds with
 * every internal link checked, and every recorded draw verifies with {@code plenary draw verify ID}.
 */
class ShippedSampleTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theShippedSampleBuildsWithLinksCheckedAndEveryDrawVerifies() throws Exception {
        Run validate = TestSite.run("validate", "--root", ROOT.toString(), "--format", "json");
        validate.assertNoStackTrace();
        assertEquals(0, validate.exitCode(), validate::toString);
        assertEquals(List.of(), validate.diagnostics(), "the sample has no error and no warning");

        Path out = tmp.resolve("site");
        Run build = TestSite.run("build", "--root", ROOT.toString(), "--out", out.toString(), "--links", "internal");
        build.assertNoStackTrace();
        assertEquals(0, build.exitCode(), build::toString);
        assertTrue(build.out().contains(", 0 broken"), build::toString);
        assertTrue(Files.isRegularFile(out.resolve("en/index.html")));

        List<String> draws;
        try (Stream<Path> files = Files.list(ROOT.resolve("data/draws"))) {
            draws = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        assertTrue(draws.size() >= 6, "SPEC §1: at least six draws");
        for (String id : draws) {
            Run verify = TestSite.run("draw", "verify", "--root", ROOT.toString(), id);
            verify.assertNoStackTrace();
            assertEquals(0, verify.exitCode(), verify::toString);
            assertTrue(verify.out().contains("draw " + id + ": MATCH"), verify::toString);
            assertTrue(Files.isRegularFile(out.resolve("en/draws/" + id + "/index.html")), id + " has its page");
        }
    }
}
