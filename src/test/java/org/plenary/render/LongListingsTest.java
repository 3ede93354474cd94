package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.BuildResult;
import org.plenary.build.LinkMode;
import org.plenary.build.SiteBuild;
import org.plenary.build.TestSite;
import org.plenary.links.LinkReportFormat;

/**
 * Listings that grow with the data stay a readable size: past {@link AdvicePages#PAGE_SIZE} statements the archive
 * shows the most recent ones and the pages by type and year are split into pages; past as many members the directory
 * links to the members of each region, on pages of their own. Every record stays reachable by plain links.
 */
class LongListingsTest {
    /** All public comments but one, all in 2019 but one: the type's and the year's listings each take two pages. */
    private static final int STATEMENTS = 260;
    /** Nine in ten in Europe: that region's members take two pages. */
    private static final int MEMBERS = 230;

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        TestSite site = TestSite.mini(tmp);
        StringBuilder advice = new StringBuilder();
        for (int i = 0; i < STATEMENTS; i++) {
            String type = i == 0 ? "white-paper" : "public-comment";
            int year = i == 1 ? 2020 : 2019;
            advice.append(String.format("- id: GEN-%04d%n  title: {en: Generated statement %04d, fr: Déclaration %04d}%n"
                    + "  type: %s%n  status: submitted%n  dates: {submitted: %d-%02d-%02d}%n  penholders: [amina-diallo]%n"
                    + "  topics: [idn]%n", i, i, i, type, year, 1 + i % 12, 1 + i % 28));
        }
        site.write("data/advice/generated.yaml", advice.toString());
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < MEMBERS; i++) {
            members.append(String.format("- {id: gen-%03d, name: Member %03d, kind: individual, region: %s, country: %s, joined: 2015-01-01}%n",
                    i, i, i % 10 == 0 ? "afralo" : "euralo", i % 10 == 0 ? "KE" : "FR"));
        }
        site.write("data/members/generated.yaml", members.toString());
        out = tmp.resolve("out");
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(site.root(), out, false, LinkMode.INTERNAL, null, null));
        assertEquals(BuildResult.OK, r.exitCode(), () -> r.diagnostics().all() + "\n" + (r.links() == null ? "" : LinkReportFormat.text(r.links())));
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve(path.substring(1) + "index.html")), "");
    }

    private static List<String> statementIds(Document d) {
        List<String> ids = new ArrayList<>();
        for (Element e : d.select("#advice-list .mono")) ids.add(e.text());
        return ids;
    }

    @Test
    void theArchiveShowsTheMostRecentAndSaysWhereTheRestIs() throws Exception {
        Document d = page("/en/advice/");
        List<String> ids = statementIds(d);
        assertEquals(AdvicePages.PAGE_SIZE, ids.size());
        assertTrue(d.text().contains("The 200 most recent of " + (STATEMENTS + 1) + " statements"), d.text());
        assertTrue(d.select("nav.pagination").isEmpty(), "the archive is not paged: the pages by type and year are");
        assertFalse(Files.exists(out.resolve("en/advice/page/2")));
    }

    @Test
    void aLongTypeListingIsSplitIntoLinkedPagesThatListEveryStatementOnce() throws Exception {
        String first = "/en/advice/type/public-comment/";
        List<String> all = new ArrayList<>();
        int pages = 0;
        String path = first;
        while (path != null) {
            Document d = page(path);
            pages++;
            Element nav = d.selectFirst("nav.pagination");
            assertTrue(nav != null, path);
            assertEquals(String.valueOf(pages), nav.selectFirst("a[aria-current=page]").text());
            assertTrue(nav.text().contains("Page " + pages + " of 2"), nav.text());
            if (pages > 1) assertTrue(d.title().contains("page " + pages), d.title());
            all.addAll(statementIds(d));
            Element next = nav.selectFirst("a[rel=next]");
            path = next == null ? null : resolve(path, next.attr("href"));
        }
        assertEquals(2, pages);
        assertEquals(STATEMENTS - 1, all.stream().filter(id -> id.startsWith("GEN-")).count(), "every generated public comment");
        assertEquals(all.size(), new HashSet<>(all).size(), "each once");
        // The last page links back.
        Element prev = page("/en/advice/type/public-comment/page/2/").selectFirst("nav.pagination a[rel=prev]");
        assertEquals("/en/advice/type/public-comment/", resolve("/en/advice/type/public-comment/page/2/", prev.attr("href")));
        // The same pages exist in every language, so their hreflang alternates hold.
        assertTrue(Files.exists(out.resolve("fr/advice/type/public-comment/page/2/index.html")));
        assertTrue(Files.exists(out.resolve("ar/advice/type/public-comment/page/2/index.html")));
        // A short listing is one page, without page links.
        assertTrue(page("/en/advice/type/white-paper/").select("nav.pagination").isEmpty());
    }

    @Test
    void yearPagesArePagedToo() throws Exception {
        Set<String> ids = new HashSet<>();
        for (String p : List.of("/en/advice/2019/", "/en/advice/2019/page/2/")) ids.addAll(statementIds(page(p)));
        assertEquals(STATEMENTS - 1, ids.stream().filter(id -> id.startsWith("GEN-")).count());
    }

    @Test
    void aLongDirectoryLinksToTheMembersOfEachRegion() throws Exception {
        Document dir = page("/en/members/");
        assertTrue(dir.select("#member-list").isEmpty(), "no member rows on the directory itself");
        List<String> regionLinks = dir.select("nav a[href*=region/]").eachAttr("href");
        assertEquals(List.of("region/afralo/", "region/euralo/"), regionLinks);
        int listed = 0;
        for (String region : List.of("afralo", "euralo")) {
            String path = "/en/members/region/" + region + "/";
            List<String> names = new ArrayList<>();
            int pages = 0;
            while (path != null) {
                pages++;
                Document d = page(path);
                for (Element a : d.select("#member-list tbody a")) names.add(a.text());
                Element next = d.selectFirst("nav.pagination a[rel=next]");
                path = next == null ? null : resolve(path, next.attr("href"));
            }
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.ENGLISH)); // the pages' collation (ICU4J's CLDR)
            assertEquals(sorted, names, "in name order");
            assertEquals(region.equals("euralo") ? 2 : 1, pages, region);
            listed += names.size();
        }
        Matcher m = Pattern.compile("(\\d+) members in all; (\\d+) of them").matcher(dir.text());
        assertTrue(m.find(), dir.text());
        assertEquals(Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2)), listed, "every public member on a region page");
    }

    /** Resolves a relative link from a site path. */
    private static String resolve(String from, String href) {
        return java.net.URI.create("https://x" + from).resolve(href).getPath();
    }
}
