package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page of the built sample, on the plain static file server: a Chinese and a French query show
 * results, and the results page neither scrolls sideways nor breaks the page's width at 320–1440 px.
 * Skipped (saying so) on a build without a search page.
 */
class SearchBrowserTest {
    static Browser browser;
    static SampleSite site;

    @BeforeAll
    static void open() {
        site = SampleSite.get();
        Assumptions.assumeTrue(Files.isRegularFile(site.dir().resolve("en/search/index.html")),
                "this build has no search page (/en/search/)");
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private static List<WebElement> results(String lang, String query) {
        browser.go(site.url("/" + lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !browser.findAll("#search-results li[data-id]:not([data-id=''])").isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            return List.of(); // the caller's assertion says what the page shows instead
        }
        return browser.findAll("#search-results li[data-id]:not([data-id=''])");
    }

    @Test
    void chineseAndFrenchQueriesShowResults() {
        browser.width(1440);
        List<WebElement> zh = results("zh", "问责制");
        assertTrue(!zh.isEmpty(), "a Chinese query finds statements: " + browser.find("#search-status").getText());
        assertTrue(zh.get(0).findElement(org.openqa.selenium.By.cssSelector("a[href]")).isDisplayed());
        List<WebElement> fr = results("fr", "recommandations");
        assertTrue(!fr.isEmpty(), "a French query finds statements: " + browser.find("#search-status").getText());
        assertEquals("fr", browser.find("html").getAttribute("lang"));
    }

    @Test
    void resultsPageFitsEveryWidth() {
        List<String> failures = new ArrayList<>();
        for (String lang : SamplePages.LANGUAGES) {
            results(lang, lang.equals("zh") ? "问责制" : lang.equals("ar") ? "ICANN" : "travel");
            for (int w : SamplePages.WIDTHS) {
                browser.width(w);
                long over = browser.sidewaysOverflow();
                if (over > 0) failures.add(lang + " search @" + w + "px: " + over + " px too wide");
            }
        }
        browser.width(1440);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }
}
