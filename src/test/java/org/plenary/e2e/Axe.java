package org.plenary.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, npm {@code axe-core}, pinned in {@code src/test/js/package-lock.json} and
 * installed by {@code .ci/run} with {@code npm ci}) injected into the page a {@link Browser} shows, run with the
 * WCAG 2.0, 2.1 and 2.2 level A and AA rules.
 *
 * <p>{@link #load()} skips the calling test (JUnit assumption, saying how to install it) when the script is missing;
 * {@code -Dplenary.axe=PATH} points at another copy of {@code axe.min.js}.
 */
public final class Axe {
    /** The WCAG 2.2 AA rule set, as axe-core tags it. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** One rule broken on a page: rule id, impact (minor … critical), what it checks, and where. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        public boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + targets.subList(0, Math.min(4, targets.size()))
                    + (targets.size() > 4 ? " and " + (targets.size() - 4) + " more" : "");
        }
    }

    public static Axe load() {
        Path script = Path.of(System.getProperty("plenary.axe", "src/test/js/node_modules/axe-core/axe.min.js"));
        Browser.skipUnless(Files.isRegularFile(script), "axe-core not installed at " + script
                + ": run 'npm ci --prefix src/test/js' (.ci/run does) to run the accessibility tests");
        try {
            return new Axe(Files.readString(script, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the WCAG A/AA rules on the page as it is now (injecting axe-core first if the page lacks it). */
    @SuppressWarnings("unchecked")
    public List<Violation> run(Browser browser) {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) browser.js(source);
        List<Map<String, Object>> raw = browser.jsAsync("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return {rule: v.id, impact: v.impact || '', help: v.help,
                              targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                    }));
                  }, function (e) { done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]); });
                """, WCAG_AA);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : raw) {
            out.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")));
        }
        return out;
    }
}
