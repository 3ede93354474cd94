package org.plenary.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's promise: a broken link planted in content never ships. The build fails with exit 1, names the page,
 * the link and why, and leaves the previous site in place.
 */
class BuildLinkCheckTest {
    @TempDir
    Path tmp;

    private void assertRejected(TestSite site, String expectPage, String expectHref, String expectReason) {
        Path out = tmp.resolve("out");
        TestSite clean = TestSite.mini(tmp.resolve("clean"));
        assertEquals(0, clean.build(out).exitCode());
        Map<String, byte[]> before = TestSite.snapshot(out);

        TestSite.Run r = site.build(out);
        r.assertNoStackTrace();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(expectPage), r.err());
        assertTrue(r.err().contains(expectHref), r.err());
        assertTrue(r.err().toLowerCase().contains(expectReason), r.err());
        TestSite.assertSameTree(before, out);
        TestSite.assertNoStagingLeft(tmp);
    }

    @Test
    void brokenPageLinkInMarkdown() {
        TestSite site = TestSite.mini(tmp.resolve("s")).append("content/en/about.md", "\nSee [the archive](/en/archive/).\n");
        // The site path is written relative to the page (../archive/); the reason names the missing en/archive/.
        assertRejected(site, "en/about/index.html", "../archive/", "not found: en/archive/");
    }

    @Test
    void wrongCaseFragmentInMarkdown() {
        // The heading "About" gets id "about"; "#About" differs in case and must not resolve.
        TestSite site = TestSite.mini(tmp.resolve("s")).append("content/en/about.md", "\nBack to [the top](#About).\n");
        assertRejected(site, "en/about/index.html", "#About", "no element with id or name \"about\"".toLowerCase());
    }

    @Test
    void missingImageInMarkdown() {
        TestSite site = TestSite.mini(tmp.resolve("s")).append("content/fr/about.md", "\n![logo](/assets/logo.png)\n");
        assertRejected(site, "fr/about/index.html", "logo.png", "not found");
    }

    @Test
    void linksOffSkipsTheCheck() {
        TestSite site = TestSite.mini(tmp.resolve("s")).append("content/en/about.md", "\nSee [the archive](/en/archive/).\n");
        assertEquals(0, site.build(tmp.resolve("out2"), "--links", "off").exitCode());
    }
}
