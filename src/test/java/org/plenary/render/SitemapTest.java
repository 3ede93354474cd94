package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;
import org.plenary.links.LinkReportFormat;
import org.plenary.model.Direction;
import org.plenary.model.Language;
import org.plenary.output.Output;
import org.plenary.output.SitePaths;

/**
 * Past the protocol's limits (50,000 URLs, 50 MB per file) the sitemap becomes a sitemap index of files within them,
 * each URL keeping its hreflang alternates; the link check follows the index into every file.
 */
class SitemapTest {
    private static final String BASE = "https://example.org";
    private static final List<Language> LANGS = List.of(new Language("en", "English", Direction.LTR),
            new Language("fr", "Français", Direction.LTR));
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    @TempDir
    Path tmp;

    private static List<String> paths(int n) {
        List<String> out = new ArrayList<>();
        for (String lang : List.of("en", "fr")) for (int i = 0; i < n; i++) out.add("/" + lang + "/p" + i + "/");
        return out;
    }

    private static List<String> locs(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = LOC.matcher(xml);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void withinTheLimitsOneFile() throws IOException {
        Path dir = tmp.resolve("site");
        List<String> written = new Sitemap(BASE, LANGS, "en").write(paths(3), new Output(dir));
        assertEquals(List.of("sitemap.xml"), written);
        String xml = Files.readString(dir.resolve("sitemap.xml"));
        assertTrue(xml.contains("<urlset"), xml);
        assertEquals(6, locs(xml).size());
        assertEquals(6 * 3, xml.split("<xhtml:link ", -1).length - 1, "en, fr and x-default for every URL");
    }

    @Test
    void pastTheUrlLimitAnIndexOfFilesWithinIt() throws IOException {
        Path dir = tmp.resolve("site");
        List<String> all = paths(5); // 10 URLs, at most 4 per file
        List<String> written = new Sitemap(BASE, LANGS, "en", 4, Sitemap.MAX_BYTES).write(all, new Output(dir));
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"), written);
        String index = Files.readString(dir.resolve("sitemap.xml"));
        assertTrue(index.contains("<sitemapindex"), index);
        assertEquals(List.of(BASE + "/sitemap-1.xml", BASE + "/sitemap-2.xml", BASE + "/sitemap-3.xml"), locs(index));
        List<String> listed = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String xml = Files.readString(dir.resolve("sitemap-" + i + ".xml"));
            List<String> urls = locs(xml);
            assertTrue(urls.size() <= 4, xml);
            assertEquals(urls.size() * 3, xml.split("<xhtml:link ", -1).length - 1, "alternates kept in every file");
            listed.addAll(urls);
        }
        assertEquals(all.stream().map(p -> BASE + p).toList(), listed, "every page once, in order");
    }

    @Test
    void pastTheSizeLimitFilesStayUnderIt() throws IOException {
        Path dir = tmp.resolve("site");
        int limit = 2_000;
        List<String> written = new Sitemap(BASE, LANGS, "en", Sitemap.MAX_URLS, limit).write(paths(20), new Output(dir));
        assertTrue(written.size() > 3, written.toString());
        int urls = 0;
        for (String f : written.subList(1, written.size())) {
            byte[] bytes = Files.readAllBytes(dir.resolve(f));
            assertTrue(bytes.length <= limit, f + ": " + bytes.length + " bytes");
            urls += locs(new String(bytes, StandardCharsets.UTF_8)).size();
        }
        assertEquals(40, urls);
    }

    @Test
    void fiftyThousandAndOneUrlsMakeTwoFilesOfTheProtocolsSize() throws IOException {
        Path dir = tmp.resolve("site");
        List<String> all = new ArrayList<>();
        for (int i = 0; i <= Sitemap.MAX_URLS; i++) all.add("/en/p" + i + "/");
        List<Language> one = List.of(LANGS.get(0));
        List<String> written = new Sitemap(BASE, one, "en").write(all, new Output(dir));
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"), written);
        assertEquals(Sitemap.MAX_URLS, locs(Files.readString(dir.resolve("sitemap-1.xml"))).size());
        assertEquals(1, locs(Files.readString(dir.resolve("sitemap-2.xml"))).size());
    }

    @Test
    void theLinkCheckFollowsTheIndexIntoEveryFile() throws IOException {
        Path dir = tmp.resolve("site");
        Output out = new Output(dir);
        List<String> all = paths(5);
        for (String p : all) {
            out.page(p, ("<!DOCTYPE html><html lang=\"" + p.substring(1, 3) + "\"><title>t</title>"
                    + "<link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + SitePaths.inLanguage(p, "en") + "\">"
                    + "<link rel=\"alternate\" hreflang=\"fr\" href=\"" + BASE + SitePaths.inLanguage(p, "fr") + "\">").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        new Sitemap(BASE, LANGS, "en", 4, Sitemap.MAX_BYTES).write(all, out);
        LinkChecker checker = new LinkChecker(LinkCheckOptions.internal().withBaseUrl(BASE + "/"));
        LinkReport clean = checker.check(dir);
        assertTrue(clean.isClean(), LinkReportFormat.text(clean));
        Files.delete(dir.resolve("fr/p4/index.html"));
        LinkReport broken = checker.check(dir);
        String text = LinkReportFormat.text(broken);
        assertTrue(text.contains("sitemap-3.xml") && text.contains(BASE + "/fr/p4/"), text);
        Files.delete(dir.resolve("sitemap-2.xml"));
        String missing = LinkReportFormat.text(checker.check(dir));
        assertTrue(missing.contains("sitemap.xml") && missing.contains(BASE + "/sitemap-2.xml"), missing);
    }
}
