package org.plenary.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;
import org.plenary.links.LinkReportFormat;

/**
 * The build as named phases: {@code --timings} reports them in order, progress never reaches a caller's writer, and
 * the link check learnt while writing agrees with a check of the published folder.
 */
class BuildPhasesTest {
    private static final List<String> PHASES = List.of("load", "model", "rules", "content", "stage", "plan", "render", "search",
            "links", "publish");
    private static final Pattern LINE = Pattern.compile("(?m)^(\\w+) +(\\d+\\.\\d\\d) s +(\\d+\\.\\d\\d s|\\?|-) +(\\d+ %|-).*$");

    @TempDir
    Path tmp;

    @Test
    void timingsListEveryPhaseInOrderWithTheirShare() {
        TestSite site = TestSite.mini(tmp);
        TestSite.Run r = site.build(site.beside("out"), "--timings");
        assertEquals(0, r.exitCode(), r::toString);
        Matcher m = LINE.matcher(r.err());
        List<String> seen = new java.util.ArrayList<>();
        double share = 0;
        while (m.find()) {
            seen.add(m.group(1));
            if (!m.group(4).equals("-")) share += Integer.parseInt(m.group(4).replace(" %", ""));
        }
        assertEquals(PHASES, seen, r::toString);
        // The phases' shares and the time outside them (start-up checks; listed when over 10 ms) add up to the total,
        // give or take the rounding of each share to a whole per cent. (Under load a 0.2 s build of the mini site
        // spent 0.03 s outside the phases, and the shares alone came to 83 %.)
        Matcher total = Pattern.compile("(?m)^total +(\\d+\\.\\d\\d) s").matcher(r.err());
        assertTrue(total.find(), r::toString);
        Matcher outside = Pattern.compile("\\((\\d+\\.\\d\\d) s outside the phases").matcher(r.err());
        double outsideShare = outside.find() ? 100 * Double.parseDouble(outside.group(1)) / Double.parseDouble(total.group(1)) : 0;
        double sum = share + outsideShare;
        assertTrue(sum >= 90 && sum <= 110, () -> "shares and time outside the phases add up to about 100 %: " + r.err());
        assertTrue(r.err().matches("(?s).*\\ntotal +\\d+\\.\\d\\d s .*"), r::toString);
        assertTrue(r.err().contains("units"), "render counts its units: " + r.err());
        // The search indexes are built while the pages render: their line says so, and their time is not counted twice.
        assertTrue(r.err().matches("(?s).*\\nsearch +\\d+\\.\\d\\d s +- +- +alongside render .*"), r::toString);
        // So is the staging folder, taken while the inputs are read.
        assertTrue(r.err().matches("(?s).*\\nstage +\\d+\\.\\d\\d s +- +- +alongside the input stages .*"), r::toString);
        // Tests hand the command their own writers: no progress lines there, however long the build takes.
        assertFalse(r.err().contains("plenary: ") || r.err().contains("\r"), r::toString);
    }

    @Test
    void withoutLinkCheckingThereIsNoLinksPhaseAndWithoutTheFlagNoTable() throws Exception {
        TestSite site = TestSite.mini(tmp);
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), site.beside("out"), false, LinkMode.OFF, null, null));
        assertEquals(List.of("load", "model", "rules", "content", "stage", "plan", "render", "search", "publish"),
                r.phases().stream().map(Phases.Phase::name).toList());
        assertTrue(r.phases().stream().allMatch(p -> p.wallNs() >= 0));
        TestSite.Run plain = site.build(site.beside("out2"));
        assertFalse(plain.err().contains("phase"), plain::toString);
    }

    @Test
    void theLinkCheckLearntWhileWritingTheSampleAgreesWithACheckOfTheFolder() throws Exception {
        Path root = Path.of("").toAbsolutePath(); // the shipped sample
        Path out = tmp.resolve("sample");
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(root, out, false, LinkMode.INTERNAL, null, null));
        assertEquals(BuildResult.OK, r.exitCode(), () -> r.diagnostics().all().toString());
        LinkReport learnt = r.links();
        assertNotNull(learnt);
        LinkReport read = new LinkChecker(LinkCheckOptions.internal().withBaseUrl("https://atlarge.example.org")).check(out);
        assertEquals(LinkReportFormat.text(read), LinkReportFormat.text(learnt));
        assertEquals(read, learnt);
        assertTrue(learnt.pages() > 2000 && learnt.links() > 100_000, LinkReportFormat.text(learnt));
    }

    @Test
    void aBrokenLinkInMarkdownIsFoundByTheBuildAsByAFolderCheck() throws Exception {
        TestSite site = TestSite.mini(tmp).append("content/en/index.md", "\n[nowhere](/en/nowhere/) [bad](#no-such-id)\n");
        Path out = site.beside("out");
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.INTERNAL, null, null));
        assertEquals(BuildResult.BROKEN_LINKS, r.exitCode());
        String text = LinkReportFormat.text(r.links());
        assertTrue(text.contains("nowhere/") && text.contains("#no-such-id"), text);
        // Nothing was published; build again without the check and check the folder itself.
        BuildResult off = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.OFF, null, null));
        assertEquals(BuildResult.OK, off.exitCode());
        LinkCheckOptions o = LinkCheckOptions.internal();
        String base = r.links() == null ? null : readBaseUrl(site);
        if (base != null) o = o.withBaseUrl(base);
        assertEquals(r.links(), new LinkChecker(o).check(out));
    }

    private static String readBaseUrl(TestSite site) {
        Matcher m = Pattern.compile("(?m)^base_url: *(\\S+)").matcher(site.read("data/site.yaml"));
        return m.find() ? m.group(1) : null;
    }
}
