package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;
import org.plenary.publish.Publisher;

/** {@code --out} replaces only a folder Plenary built (it carries {@link Publisher#MARKER}), unless {@code --force}. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aWebRootPlenaryDidNotBuildIsRefusedUnlessForced() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Path www = tmp.resolve("www");
        Files.createDirectories(www.resolve("blog"));
        Files.writeString(www.resolve("index.html"), "<h1>someone else's site</h1>");
        Files.writeString(www.resolve("blog/post.html"), "a post Plenary never wrote");
        Map<String, byte[]> before = TestSite.snapshot(www);

        Run refused = TestSite.run("build", "--root", s.root().toString(), "--out", www.toString(), "--links", "off");
        refused.assertNoStackTrace();
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("Plenary did not build") && refused.err().contains("--force"), refused::toString);
        TestSite.assertSameTree(before, www);

        Run forced = TestSite.run("build", "--root", s.root().toString(), "--out", www.toString(), "--links", "off", "--force");
        assertEquals(0, forced.exitCode(), forced::toString);
        assertTrue(Files.isRegularFile(www.resolve(Publisher.MARKER)));
        assertTrue(Files.notExists(www.resolve("blog/post.html")));

        Run again = TestSite.run("build", "--root", s.root().toString(), "--out", www.toString(), "--links", "off");
        assertEquals(0, again.exitCode(), "once built by Plenary, no --force is needed: " + again);
    }

    @Test
    void theDefaultSiteFolderOfAnEarlierVersionIsStillReplaced() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Files.createDirectories(s.path("site/en"));
        Files.writeString(s.path("site/index.html"), "built before folders were marked");
        Run r = TestSite.run("build", "--root", s.root().toString(), "--links", "off");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(s.path("site/" + Publisher.MARKER)));
    }

    @Test
    void anOutputThatCannotBeWrittenIsAClearErrorNotACrash() throws Exception {
        TestSite s = TestSite.mini(tmp);
        Path blocker = tmp.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the output's parent folder should be");
        Run r = TestSite.run("build", "--root", s.root().toString(), "--out", blocker.resolve("site").toString(), "--links", "off");
        r.assertNoStackTrace();
        assertEquals(74, r.exitCode(), r::toString);
        assertTrue(r.err().contains("cannot write the site") && r.err().contains("is unchanged"), r::toString);
        assertEquals("a file where the output's parent folder should be", Files.readString(blocker));
    }
}
