package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.BuildResult;
import org.plenary.build.LinkMode;
import org.plenary.build.SiteBuild;

/** What a reader sees: the mini fixture site built for real, pages read back with jsoup. */
class RenderedSiteTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        out = tmp.resolve("site");
        // A copy: a build writes its search index under the root, and the fixture must stay as committed.
        Path root = org.plenary.build.TestSite.mini(tmp.resolve("src")).root();
        BuildResult r = new SiteBuild().run(new SiteBuild.Options(root,
                out, false, LinkMode.INTERNAL, null, tmp.resolve("cache.json")));
        assertEquals(0, r.exitCode(), () -> r.diagnostics().sorted() + " " + r.links());
    }

    static Document page(String path) throws IOException {
        Path file = out.resolve(path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyPageExistsInEveryLanguage() throws IOException {
        for (String lang : List.of("en", "fr", "ar")) {
            for (String p : List.of("", "members/", "members/amina-diallo/", "advice/", "advice/al-alac-st-0117-01-00-en/",
                    "advice/type/public-comment/", "advice/2017/", "travel/", "travel/icann58/",
                    "travel/programmes/fellowship/", "draws/", "draws/rapporteurs-2019/", "metrics/", "about/")) {
                Document d = page(lang + "/" + p);
                assertEquals(lang, d.selectFirst("html").attr("lang"), p);
            }
        }
    }

    @Test
    void arabicIsRightToLeftAndOthersLeftToRight() throws IOException {
        assertEquals("rtl", page("ar/").selectFirst("html").attr("dir"));
        assertEquals("ltr", page("fr/").selectFirst("html").attr("dir"));
        // Interface strings are Arabic, not English.
        assertEquals("الأعضاء", page("ar/members/").selectFirst("h1").text());
    }

    @Test
    void hreflangAlternatesListEveryLanguageAndXDefault() throws IOException {
        Document d = page("fr/travel/icann58/");
        Set<String> langs = d.select("link[rel=alternate][hreflang]").stream().map(e -> e.attr("hreflang"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("en", "fr", "ar", "x-default"), langs);
        assertEquals("https://mini.example.org/ar/travel/icann58/",
                d.selectFirst("link[hreflang=ar]").attr("href"));
        assertEquals("https://mini.example.org/en/travel/icann58/",
                d.selectFirst("link[hreflang=x-default]").attr("href"));
        // The switcher leads to the same page in the other language.
        assertEquals("../../../ar/travel/icann58/", d.selectFirst(".lang-switch a[hreflang=ar]").attr("href"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://mini.example.org/fr/travel/icann58/</loc>"));
        assertTrue(sitemap.contains("hreflang=\"x-default\" href=\"https://mini.example.org/en/travel/icann58/\""));
    }

    @Test
    void untranslatedTextFallsBackWithAVisibleNotice() throws IOException {
        // about.md exists in en and fr only: the Arabic page shows the English text and says so.
        Document ar = page("ar/about/");
        assertNotNull(ar.selectFirst("p.notice"), "fallback notice");
        assertEquals("en", ar.selectFirst("article").attr("lang"));
        assertTrue(ar.selectFirst("article").text().contains("See the members"));
        assertEquals(null, page("fr/about/").selectFirst("p.notice"));
    }

    @Test
    void datesAndNumbersAreLocalized() throws IOException {
        String fr = page("fr/advice/al-alac-st-0117-01-00-en/").select(".facts").text();
        assertTrue(fr.contains("30 janvier 2017"), fr);
        // One digit system per page: identifiers (ICANN58) and years are in Western digits, so counts and dates
        // are too, with Arabic month names.
        String ar = page("ar/travel/icann58/").select("main").text();
        assertTrue(ar.contains("41") && ar.contains("11 مارس 2017"), "Western digits, Arabic months: " + ar);
        assertFalse(ar.matches("(?s).*[\u0660-\u0669\u06f0-\u06f9].*"), "Arabic-Indic digits mixed in: " + ar);
    }

    @Test
    void meetingPageNamesTravellersProgrammesAndCostsButNotHiddenMembers() throws IOException {
        Document d = page("en/travel/icann58/");
        Element row = d.select("#funded ~ div tbody tr, section[aria-labelledby=funded] tbody tr").first();
        assertNotNull(row);
        String text = row.text();
        assertTrue(text.contains("Amina Diallo") && text.contains("ALAC and RALO leaders") && text.contains("Economy")
                && text.contains("$3,150.40"), text);
        String main = d.select("main").text();
        assertFalse(main.contains("CANARY"), main);
        assertTrue(main.contains("Plus 1 traveller(s) counted in totals only"), main);
        assertTrue(main.contains("Declined 1"), main);
        assertTrue(main.contains("41"), "applicant count");
    }

    @Test
    void profileExplainsStatusTripsLeftAndLinksTheDrawThatSelectedThem() throws IOException {
        Document d = page("en/members/amina-diallo/");
        String status = d.selectFirst(".status-box").text();
        assertTrue(status.contains("Active since January 1, 2015"), status);
        assertTrue(status.contains("Holds voting rights while active"), status);
        assertTrue(d.select("main").text().contains("1 of 18 funded trips used; 17 left"), d.select("main").text());
        assertEquals("../../draws/rapporteurs-2019/", d.select("a:contains(Policy rapporteur 2019)").first().attr("href"));
        // A member whose participation ended keeps voting rights for 18 months: Jean's ended 2018-12-31.
        String jean = page("en/members/jean-dupont/").selectFirst(".status-box").text();
        assertTrue(jean.contains("Holds voting rights until June 30, 2020"), jean);
        // Two months of participation never qualified.
        String zhang = page("en/members/zhang-wei/").selectFirst(".status-box").text();
        assertTrue(zhang.contains("No voting rights yet"), zhang);
    }

    @Test
    void adviceArchiveTellsTypesApartWithoutJavaScript() throws IOException {
        Document d = page("en/advice/");
        assertTrue(d.select("nav a[href=type/public-comment/]").text().contains("Public comment (1)"));
        Document type = page("en/advice/type/public-comment/");
        assertEquals(1, type.select("tbody tr").size());
        assertEquals("public-comment", type.selectFirst("tbody tr").attr("data-type"));
        String feed = Files.readString(out.resolve("fr/advice/feed.xml"));
        assertTrue(feed.contains("<title>Déclaration sur les variantes IDN</title>"), feed);
    }

    @Test
    void travelOverviewHasChartsWithTextAlternativesAndTheMatrix() throws IOException {
        Document d = page("ar/travel/");
        Element svg = d.selectFirst("figure.chart svg");
        assertNotNull(svg);
        assertEquals("img", svg.attr("role"));
        assertNotNull(d.selectFirst("figure.chart details table"), "data table alternative");
        assertNotNull(d.selectFirst("#matrix"));
    }

    @Test
    void jsonLdDescribesPeopleEventsAndReports() throws IOException {
        assertTrue(page("en/members/amina-diallo/").select("script[type=application/ld+json]").html().contains("\"@type\":\"Person\""));
        assertTrue(page("en/travel/icann58/").select("script[type=application/ld+json]").html().contains("\"@type\":\"Event\""));
        assertTrue(page("en/advice/al-alac-st-0117-01-00-en/").select("script[type=application/ld+json]").html()
                .contains("\"@type\":\"Report\""));
    }

    @Test
    void rootNotFoundAndRobotsExist() throws IOException {
        assertEquals(3, page("index.html").select("main a[hreflang]").size());
        Document nf = page("404.html");
        assertEquals("/en/", nf.selectFirst("main a[hreflang=en]").attr("href"), "404 links work from any URL");
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://mini.example.org/sitemap.xml"));
    }
}
