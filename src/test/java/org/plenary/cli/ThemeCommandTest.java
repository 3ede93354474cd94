package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;

/**
 * The new user's afternoon (issue 12): {@code init}, copy the profile template and change it, override one UI string,
 * build and see both; a typo in the template gives a located error and exit 2.
 */
class ThemeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void initCopyEditBuildShowsBothChanges() throws IOException {
        Path root = tmp.resolve("mysite");
        assertEquals(0, TestSite.run("init", root.toString(), "--languages", "en,fr").exitCode());
        Run copy = TestSite.run("theme", "copy", "--root", root.toString(), "members/profile.jte");
        assertEquals(0, copy.exitCode(), copy::toString);
        Path profile = root.resolve("templates/members/profile.jte");
        assertArrayEquals(Files.readAllBytes(Path.of("templates/members/profile.jte")), Files.readAllBytes(profile));

        Files.writeString(profile, Files.readString(profile).replace("<dl class=\"facts\">",
                "<p class=\"member-since\">${ctx.t(\"members.joined\")}: ${p.joined()}</p>\n<dl class=\"facts\">"));
        Files.createDirectories(root.resolve("templates/i18n"));
        Files.writeString(root.resolve("templates/i18n/fr.properties"), "members.joined=Membre depuis\n");
        Run list = TestSite.run("theme", "list", "--root", root.toString());
        assertTrue(list.out().contains("* templates/members/profile.jte"), list::toString);
        assertTrue(list.out().contains("* templates/i18n/fr.properties"), list::toString);

        Run build = TestSite.run("build", "--root", root.toString());
        assertEquals(0, build.exitCode(), build::toString);
        String fr = Files.readString(root.resolve("site/fr/members/amina-diallo/index.html"), StandardCharsets.UTF_8);
        assertTrue(fr.contains("<p class=\"member-since\">Membre depuis: "), fr);
        String en = Files.readString(root.resolve("site/en/members/amina-diallo/index.html"), StandardCharsets.UTF_8);
        assertTrue(en.contains("<p class=\"member-since\">Joined: "), en);

        Files.writeString(profile, Files.readString(profile).replace("${p.joined()}</p>", "${p.jioned()}</p>"));
        Run broken = TestSite.run("build", "--root", root.toString());
        broken.assertNoStackTrace();
        assertEquals(2, broken.exitCode(), broken::toString);
        String[] lines = Files.readString(profile).split("\n");
        int line = 0;
        while (!lines[line].contains("jioned")) line++;
        String at = "templates/members/profile.jte:" + (line + 1) + ":" + (lines[line].indexOf("jioned") + 1) + ": error: ";
        assertTrue(broken.err().startsWith(at) && broken.err().contains("jioned()"), broken::toString);
        assertTrue(Files.readString(root.resolve("site/fr/members/amina-diallo/index.html")).contains("Membre depuis"),
                "the previous site stays");
    }

    @Test
    void copyRefusesUnknownFilesAndOverwriting() throws IOException {
        Path root = tmp.resolve("s");
        assertEquals(0, TestSite.run("init", root.toString()).exitCode());
        Run unknown = TestSite.run("theme", "copy", "--root", root.toString(), "profile.jte");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean 'members/profile.jte'"), unknown::toString);
        assertEquals(0, TestSite.run("theme", "copy", "--root", root.toString(), "templates/static/css/site.css").exitCode());
        Files.writeString(root.resolve("templates/static/css/site.css"), "/* mine */");
        Run again = TestSite.run("theme", "copy", "--root", root.toString(), "static/css/site.css");
        assertEquals(2, again.exitCode());
        assertEquals("/* mine */", Files.readString(root.resolve("templates/static/css/site.css")));
        assertEquals(0, TestSite.run("theme", "copy", "--root", root.toString(), "--force", "static/css/site.css").exitCode());
        assertArrayEquals(Files.readAllBytes(Path.of("templates/static/css/site.css")),
                Files.readAllBytes(root.resolve("templates/static/css/site.css")));
    }
}
