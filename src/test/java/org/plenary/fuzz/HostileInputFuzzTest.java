package org.plenary.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.plenary.content.MarkdownFuzzTarget;
import org.plenary.links.LinkFuzzTarget;

/**
 * Jazzer fuzz tests of everything that reads input a stranger or a careless editor wrote: the YAML loader and
 * validator, front matter and Markdown, the link checker's URL resolution and HTML parsing, RFC 3797 sources.
 *
 * <p>In the normal test run ({@code mvn verify}) each method replays its seeds and every past finding, kept under
 * {@code src/test/resources/org/plenary/fuzz/HostileInputFuzzTestInputs/<method>/} (regression mode); then the
 * {@code fuzz-short} execution fuzzes {@link #allTargets} for a few seconds. {@code bench/fuzz/run.sh} fuzzes
 * each target for longer. A crash Jazzer finds is saved into that folder, so it becomes a regression test.
 */
class HostileInputFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void yamlAndValidator(FuzzedDataProvider data) {
        int registry = data.consumeInt(0, 6);
        RegistryFuzzTarget.run(data.consumeRemainingAsString(), registry);
    }

    @FuzzTest(maxDuration = "10s")
    void frontMatterAndMarkdown(FuzzedDataProvider data) {
        MarkdownFuzzTarget.run(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void linkResolutionAndHtml(FuzzedDataProvider data) {
        String page = data.consumeString(40);
        String href = data.consumeString(200);
        LinkFuzzTarget.run(page, href, data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void rfc3797Sources(FuzzedDataProvider data) {
        List<String> values = new ArrayList<>();
        int n = data.consumeInt(0, 8);
        for (int i = 0; i < n; i++) values.add(data.consumeString(24));
        List<String> pool = new ArrayList<>();
        int size = data.consumeInt(0, 40);
        for (int i = 0; i < size; i++) pool.add(data.consumeString(8));
        DrawFuzzTarget.run(values, pool, data.consumeInt(-1, 42));
    }

    /** All four targets in one (Jazzer fuzzes one test per run): the first byte picks the target. */
    @FuzzTest(maxDuration = "10s")
    void allTargets(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> yamlAndValidator(data);
            case 1 -> frontMatterAndMarkdown(data);
            case 2 -> linkResolutionAndHtml(data);
            default -> rfc3797Sources(data);
        }
    }
}
