package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;
import org.plenary.build.TestSite.Run;

/** No input is read from outside the site folder: a symbolic link that leaves the root is refused, located. */
class SymlinkTest {
    @TempDir
    Path tmp;

    private Path secret() throws Exception {
        Path f = tmp.resolve("outside/secret.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "id: canary\nname: CANARY-OUTSIDE-ROOT\nregion: afralo\n");
        return f;
    }

    private static void assertNoCanary(Run r) {
        assertFalse((r.out() + r.err()).contains("CANARY-OUTSIDE-ROOT"), r::toString);
    }

    @Test
    void aRegistryFileLinkedFromOutsideIsRefused() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Files.createSymbolicLink(s.path("data/members/linked.yaml"), secret());
        Diags d = s.rejects();
        d.error("outside-root", "data/members/linked.yaml", 0, 0, "symbolic link to", "outside the site folder");
        assertNoCanary(s.validate());
    }

    @Test
    void etcPasswdLinkedIntoDataIsNeverParsed() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Files.createSymbolicLink(s.path("data/members/passwd.yaml"), Path.of("/etc/passwd"));
        Diags d = s.rejects();
        d.error("outside-root", "data/members/passwd.yaml", 0, 0, "/etc/passwd");
        d.onlyCodes("outside-root");
        assertFalse(s.validate().out().contains("root:x:0"), "the file's content never shows");
    }

    @Test
    void aPageAndAFolderLinkedFromOutsideAreRefused() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Path page = tmp.resolve("outside/page.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitle: CANARY-OUTSIDE-ROOT\n---\nsecret\n");
        Files.createSymbolicLink(s.path("content/en/leak.md"), page);
        Files.createSymbolicLink(s.path("content/en/guides"), page.getParent());
        Diags d = s.rejects();
        d.error("outside-root", "content/en/leak.md", 0, 0, "outside the site folder");
        d.error("outside-root", "content/en/guides", 0, 0, "folder is a symbolic link");
        d.onlyCodes("outside-root");
    }

    @Test
    void aThemeAssetLinkedFromOutsideIsRefused() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Files.createDirectories(s.path("templates/static/css"));
        Files.createSymbolicLink(s.path("templates/static/css/extra.css"), secret());
        Diags d = s.rejects();
        d.error("outside-root", "templates/static/css/extra.css", 0, 0, "outside the site folder");
    }

    @Test
    void linksInsideTheRootAreFollowed() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Files.createDirectories(s.path("shared"));
        Files.writeString(s.path("shared/more.yaml"), "id: linked-member\nname: Linked Member\nregion: afralo\n");
        Files.createSymbolicLink(s.path("data/members/more.yaml"), s.path("shared/more.yaml"));
        s.accepts().count(0);
        Run b = s.build(s.beside("out"), "--links", "off");
        assertEquals(0, b.exitCode(), b::toString);
        assertFalse(Files.notExists(s.beside("out").resolve("en/members/linked-member/index.html")));
    }

    @Test
    void aLinkLoopIsReportedNotFollowedForever() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Files.createSymbolicLink(s.path("content/en/again"), s.path("content/en"));
        Diags d = s.rejects();
        d.error("link-loop", "content/en/again", 0, 0, "links back");
    }
}
