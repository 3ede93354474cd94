package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Writes screenshots of the pages people judge the site by — home, a profile, the travel overview, a statement, a
 * draw page after Verify (and search, once it exists) — at 360 and 1440 px in English, Chinese and Arabic, under
 * {@code target/screenshots/} ({@code -Dplenary.screenshots=DIR} to change), for a person to look at. Each picture is
 * checked to be a real, non-blank PNG of the width asked for.
 */
class ScreenshotBrowserTest {
    static Browser browser;
    static SampleSite site;

    @BeforeAll
    static void open() {
        browser = Browser.open();
        site = SampleSite.get();
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    static Path folder() {
        return Path.of(System.getProperty("plenary.screenshots", "target/screenshots"));
    }

    static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("profile", SamplePages.PROFILE);
        pages.put("travel", "travel/");
        pages.put("statement", SamplePages.STATEMENT);
        pages.put("draw", SamplePages.DRAW);
        if (Files.isDirectory(site.dir().resolve("en/search"))) pages.put("search", "search/?q=" + "travel");
        return pages;
    }

    @Test
    void screenshotsOfTheMainPagesInThreeLanguagesAtPhoneAndDesktopWidths() throws IOException {
        int written = 0;
        for (String lang : SamplePages.LANGUAGES) {
            for (Map.Entry<String, String> page : pages().entrySet()) {
                for (int width : List.of(360, 1440)) {
                    browser.viewport(width, 800).go(site.url(SamplePages.path(lang, page.getValue())));
                    if (page.getKey().equals("draw")) {
                        browser.find("#draw-verify").click();
                        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                                .until(d -> "match".equals(browser.find("#draw-verify-result").getAttribute("data-status")));
                    }
                    if (page.getKey().equals("search")) { // results arrive after the index files: wait for them
                        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
                    }
                    Path png = folder().resolve(lang + "-" + page.getKey() + "-" + width + ".png");
                    browser.screenshot(png, 6000);
                    if (page.getKey().equals("draw")) { // the verifier's result and its steps, as the reader sees them
                        Path verify = folder().resolve(lang + "-draw-verified-" + width + ".png");
                        browser.screenshotFrom(verify, "#verify", 1400);
                        written++;
                    }
                    byte[] bytes = Files.readAllBytes(png);
                    assertTrue(bytes.length > 5_000, png + " is too small to show anything");
                    assertEquals(width, pngWidth(bytes), png + " width");
                    written++;
                }
            }
        }
        browser.viewport(1440, 900);
        assertTrue(written >= 30, "screenshots written: " + written);
    }

    private static int pngWidth(byte[] png) {
        return ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
    }
}
