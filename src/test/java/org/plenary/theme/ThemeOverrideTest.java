package org.plenary.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;
import org.plenary.build.TestSite.Run;
import org.plenary.diag.Diagnostics;

/**
 * A site's own {@code templates/} over the built-in theme (SPEC §5 Themes): a Jte template, one UI string and a
 * stylesheet overridden file by file, built for real; template faults located in the template, exit 2.
 */
class ThemeOverrideTest {
    private static final Path BUILT_IN = Path.of("templates").toAbsolutePath();
    private static final String AR_STANDING = "الحالة وحق التصويت";
    private static final String PROFILE = "templates/members/profile.jte";

    @TempDir
    Path tmp;

    private static String builtIn(String rel) {
        try {
            return Files.readString(BUILT_IN.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The mini site with the member profile, one English string and the stylesheet overridden. */
    private TestSite themed() {
        return TestSite.mini(tmp)
                .write(PROFILE, builtIn("members/profile.jte").replace("<h1><bdi>${p.name()}</bdi>",
                        "<h1 class=\"own-theme\">${p.name()} (${p.country()})"))
                .write("templates/i18n/en.properties", "# only what we change\nmembers.standing=Standing in our community\n")
                .write("templates/static/css/site.css", "body { font-family: serif; }\n");
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path + "index.html"), StandardCharsets.UTF_8));
    }

    /**
     * A site's own layout may take the page's body as the built-in one does ({@code gg.jte.Content}, {@code ${body}})
     * or as layouts were written before pages were rendered to bytes ({@code String}, {@code $unsafe{body}}): both
     * give the same page, non-ASCII text included.
     */
    @Test
    void ownLayoutTakesTheBodyAsContentOrAsString() throws IOException {
        String layout = builtIn("layout.jte").replace("<body data-section", "<body class=\"own-layout\" data-section");
        assertTrue(layout.contains("@param gg.jte.Content body") && layout.contains("${body}"), "the built-in layout's form");
        String asString = layout.replace("@param gg.jte.Content body", "@param String body").replace("${body}", "$unsafe{body}");
        Map<String, String> pages = new java.util.TreeMap<>();
        for (String form : List.of(layout, asString)) {
            Path root = tmp.resolve(pages.isEmpty() ? "content" : "string");
            TestSite site = TestSite.mini(root).write("templates/layout.jte", form);
            Path out = site.beside("out");
            Run r = site.build(out);
            assertEquals(0, r.exitCode(), r::toString);
            String html = Files.readString(out.resolve("ar/members/amina-diallo/index.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("<body class=\"own-layout\""), "the own layout is used");
            assertTrue(html.contains("<h1") && html.contains(AR_STANDING), "the body, non-ASCII text included");
            pages.put(pages.isEmpty() ? "content" : "string", html);
        }
        assertEquals(pages.get("content"), pages.get("string"));
    }

    @Test
    void ownTemplateStringAndAssetWinFileByFile() throws IOException {
        TestSite site = themed();
        Path out = site.beside("out");
        Run r = site.build(out);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("[ ]", r.out().substring(0, r.out().indexOf(']') + 1).strip(), "no warnings: " + r);

        Document en = page(out, "en/members/amina-diallo/");
        assertEquals("Amina Diallo (Senegal)", en.selectFirst("h1.own-theme").ownText().strip());
        assertEquals("Standing in our community", en.selectFirst("h2#standing").text());
        // A key the site did not override keeps the built-in text; French keeps its own translation of the key.
        assertEquals("Roles", en.selectFirst("h2#roles").text());
        Document fr = page(out, "fr/members/amina-diallo/");
        assertNotNull(fr.selectFirst("h1.own-theme"), "the own template serves every language");
        assertEquals("Statut et droit de vote", fr.selectFirst("h2#standing").text());
        // Pages the site did not override still come from the built-in templates, with the site's string.
        assertTrue(page(out, "en/members/").selectFirst("h1").text().equals("Members"));
        assertEquals("body { font-family: serif; }\n", Files.readString(out.resolve("assets/css/site.css")));
        // Built-in assets the site did not override are still published.
        assertTrue(Files.exists(out.resolve("assets/js/draw-verify.js")));
    }

    @Test
    void compiledOnceThenOpenedFromTheCache() throws IOException {
        TestSite site = themed();
        Diagnostics diag = new Diagnostics();
        Theme first = Theme.load(site.root(), diag);
        assertNotNull(first, diag.all()::toString);
        assertTrue(first.compiled());
        assertEquals(Set.of("i18n/en.properties", "members/profile.jte", "static/css/site.css"), first.overrides());
        Path cache = site.path(Theme.CACHE);
        List<Path> keys = list(cache);
        assertEquals(1, keys.size(), keys::toString);
        Path marker = keys.get(0).resolve("complete");
        long compiledAt = Files.getLastModifiedTime(marker).toMillis();

        Theme again = Theme.load(site.root(), diag);
        assertTrue(again.compiled());
        assertEquals(keys, list(cache), "an unchanged theme is not compiled again");
        assertEquals(compiledAt, Files.getLastModifiedTime(marker).toMillis());

        // An edit gives a new key; the old compiled theme is removed.
        site.replace(PROFILE, "own-theme", "own-theme edited");
        assertNotNull(Theme.load(site.root(), diag));
        List<Path> after = list(cache);
        assertEquals(1, after.size());
        assertFalse(after.equals(keys), "an edited template is compiled again");
        assertFalse(diag.hasErrors(), diag.all()::toString);
    }

    @Test
    void theToolsOwnSourceFolderStaysOnThePrecompiledPath() {
        // /work/main itself: its templates/ IS the built-in theme, byte for byte.
        Diagnostics diag = new Diagnostics();
        Theme t = Theme.load(Path.of(".").toAbsolutePath(), diag);
        assertNotNull(t);
        assertFalse(t.compiled(), "the sample must use the precompiled templates");
        assertEquals(Set.of(), t.overrides());
        assertFalse(Files.exists(Path.of(Theme.CACHE)), "nothing compiled for the sample");
    }

    @Test
    void aCopyOfTheWholeThemeWithOneChangeOverridesOnlyThatFile() {
        TestSite site = TestSite.mini(tmp);
        TestSite.copyTree(BUILT_IN, site.path("templates"));
        site.replace("templates/i18n/fr.properties", "members.standing=Statut et droit de vote", "members.standing=Statut");
        Diagnostics diag = new Diagnostics();
        Theme t = Theme.load(site.root(), diag);
        assertEquals(Set.of("i18n/fr.properties"), t.overrides());
        assertFalse(t.compiled(), "no template differs, so none is compiled");
        assertEquals("Statut", t.strings("fr").get("members.standing"));
    }

    @Test
    void aJavaTypoIsLocatedInTheTemplate() {
        TestSite site = themed().replace(PROFILE, "<dd>${p.kind()}</dd>", "<dd>${p.kidn()}</dd>");
        int line = lineOf(site.read(PROFILE), "p.kidn()");
        int column = site.read(PROFILE).split("\n")[line - 1].indexOf("kidn") + 1;
        Diags d = site.rejects().count(1);
        d.error("template-error", PROFILE, line, column, "does not compile", "kidn()");
        Run text = TestSite.run("build", "--root", site.root().toString(), "--out", site.beside("o").toString());
        assertEquals(2, text.exitCode());
        assertTrue(text.err().contains(PROFILE + ":" + line + ":" + column + ": error: "), text::toString);
    }

    @Test
    void aMissingEndifPointsAtTheIfThatLacksIt() {
        String src = builtIn("members/profile.jte");
        int firstEndif = src.indexOf("@endif");
        TestSite site = TestSite.mini(tmp).write(PROFILE, src.substring(0, firstEndif) + src.substring(firstEndif + "@endif".length()));
        int line = lineOf(src, "@if(p.representative() != null)");
        site.rejects().count(1).error("template-error", PROFILE, line, 1, "@if has no matching @endif");
    }

    @Test
    void aMisspeltKeywordIsNamedWhereItIs() {
        String src = builtIn("members/profile.jte");
        int line = lineOf(src, "@endfor");
        TestSite site = TestSite.mini(tmp).write(PROFILE, src.replaceFirst("@endfor", "@endfr"));
        site.rejects().count(1).error("template-error", PROFILE, line, 1, "@endfr is not a Jte keyword", "did you mean @endfor?");
    }

    @Test
    void aTemplateThatFailsOnTheDataIsLocatedAtBuildTime() {
        // representative() is null for individuals: the expression compiles but fails on the first profile.
        TestSite site = themed().replace(PROFILE, "<h1 class=\"own-theme\">", "<h1 class=\"${p.representative().trim()}\">");
        Path out = site.beside("out");
        Run r = site.build(out);
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        var errors = r.diagnostics();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(PROFILE, errors.get(0).file(), errors::toString);
        assertEquals(lineOf(site.read(PROFILE), "representative().trim()"), errors.get(0).line(), errors::toString);
        assertTrue(errors.get(0).message().contains("while rendering"), errors::toString);
        assertFalse(Files.exists(out), "nothing published");
        TestSite.assertNoStagingLeft(tmp);
    }

    @Test
    void aBuiltInTemplateBrokenByAChangedParameterNamesTheCall() {
        TestSite site = TestSite.mini(tmp).write("templates/chart.jte", "@param Object graph\n<div>${String.valueOf(graph)}</div>\n");
        Diags d = site.rejects();
        assertEquals(1, d.errors().size(), d::toString);
        assertTrue(d.errors().get(0).message().contains("built-in"), d::toString);
        assertTrue(d.errors().get(0).file().startsWith("templates/"), d::toString);
    }

    @Test
    void aBadUiStringIsReportedAtItsLine() {
        TestSite site = TestSite.mini(tmp).write("templates/i18n/fr.properties", "# ours\nmembers.trips=Voyages {0, {1}\n");
        site.rejects().count(1).error("bad-ui-string", "templates/i18n/fr.properties", 2, 1, "members.trips");
    }

    @Test
    void aMisspeltStringKeyIsAWarningWithTheNearestKey() {
        TestSite site = TestSite.mini(tmp)
                .write("templates/i18n/en.properties", "# ours\nmembers.standng=Standing\nprofile.motto=Our motto\n")
                .write(PROFILE, builtIn("members/profile.jte").replace("<dl class=\"facts\">",
                        "<p>${ctx.t(\"profile.motto\")}</p>\n<dl class=\"facts\">"));
        Diags d = site.accepts();
        d.warning("unused-ui-string", "templates/i18n/en.properties", 2, 1, "did you mean 'members.standing'");
        assertEquals(1, d.all().size(), d::toString); // profile.motto is used by the site's own template
    }

    @Test
    void aNewLanguagesStringsFallBackToEnglish() {
        TestSite site = TestSite.mini(tmp).write("templates/i18n/de.properties", "nav.members=Mitglieder\n");
        Diagnostics diag = new Diagnostics();
        Theme t = Theme.load(site.root(), diag);
        assertEquals(Set.of("i18n/de.properties"), t.overrides());
        assertEquals("Mitglieder", org.plenary.render.UiStrings.load("de", t).get("nav.members"));
        assertEquals("Travel support", org.plenary.render.UiStrings.load("de", t).get("nav.travel"));
    }

    @Test
    void builtInSourcesShipWithTheToolAndMatchTheSourceTree() throws IOException {
        // Own templates may call built-in ones, which are compiled with them: the jar must carry the .jte sources.
        try (Stream<Path> walk = Files.walk(BUILT_IN)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = BUILT_IN.relativize(p).toString().replace('\\', '/');
                assertArrayEquals(Files.readAllBytes(p), BuiltInTheme.get().file(rel), rel);
            }
        }
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError("not found: " + needle);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
