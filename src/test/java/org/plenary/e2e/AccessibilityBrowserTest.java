package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core with the WCAG 2.2 AA rules finds no serious or critical violation on any kind of page (home, directory,
 * profile, travel overview, meeting, programme, advice archive, statement, draws, draw, metrics, search once it
 * exists, {@code /data/} and the 404 page) in English, Chinese and Arabic, at 360 and 1440 px. Minor and moderate
 * findings are printed, not failed, so they can be seen.
 */
class AccessibilityBrowserTest {
    static Browser browser;
    static SampleSite site;
    static Axe axe;

    @BeforeAll
    static void open() {
        axe = Axe.load();
        browser = Browser.open();
        site = SampleSite.get();
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        List<String> pages = new ArrayList<>(SamplePages.PER_LANGUAGE);
        if (Files.isDirectory(site.dir().resolve("en/search"))) pages.add("search/?q=travel");
        for (String lang : SamplePages.LANGUAGES) {
            for (String page : pages) paths.add(SamplePages.path(lang, page));
        }
        paths.addAll(SamplePages.SHARED);
        return paths;
    }

    @Test
    void noSeriousOrCriticalViolationAtPhoneAndDesktopWidths() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> lesser = new TreeMap<>();
        int runs = 0;
        for (String path : paths()) {
            browser.width(1440).go(site.url(path));
            for (int width : List.of(1440, 360)) {
                browser.width(width);
                for (Axe.Violation v : axe.run(browser)) {
                    if (v.seriousOrWorse()) failures.add(path + " @" + width + "px: " + v);
                    else lesser.merge(v.rule() + " (" + v.impact() + ")", v.targets().size(), Integer::sum);
                }
                runs++;
            }
        }
        browser.width(1440);
        System.out.println("axe-core WCAG 2.2 AA: " + runs + " runs, " + failures.size() + " serious/critical; minor/moderate: "
                + (lesser.isEmpty() ? "none" : lesser));
        assertTrue(failures.isEmpty(), () -> failures.size() + " serious or critical violations:\n" + String.join("\n", failures));
    }
}
