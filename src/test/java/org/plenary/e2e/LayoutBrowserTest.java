package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nothing is cut off and nothing scrolls sideways: every kind of page, in English, Chinese and Arabic, at 320, 360,
 * 768 and 1440 px ({@code scrollWidth <= innerWidth}), before and after the draw verifier fills its table; the
 * opened language menu stays on screen.
 */
class LayoutBrowserTest {
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

    /** What sticks out of the viewport, for the failure message: the widest offenders, outermost first. */
    static String offenders() {
        return browser.js("""
                var w = window.innerWidth, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width === 0 || (r.right <= w + 0.5 && r.left >= -0.5)) return;
                  if (e.checkVisibility && !e.checkVisibility()) return;
                  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    var s = getComputedStyle(p);
                    if (s.overflowX !== 'visible') return; // clipped by a scroll box, fine
                  }
                  out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                    + ' [' + Math.round(r.left) + ',' + Math.round(r.right) + ']');
                });
                return out.slice(0, 6).join(', ');
                """);
    }

    private static void checkWidths(String path, List<String> failures) {
        browser.go(site.url(path));
        for (int w : SamplePages.WIDTHS) {
            browser.width(w);
            long over = browser.sidewaysOverflow();
            if (over > 0) failures.add(path + " @" + w + "px: " + over + " px too wide: " + offenders());
        }
    }

    @Test
    void noPageScrollsSideways() {
        List<String> failures = new ArrayList<>();
        for (String lang : SamplePages.LANGUAGES) {
            for (String page : SamplePages.PER_LANGUAGE) checkWidths(SamplePages.path(lang, page), failures);
        }
        for (String shared : SamplePages.SHARED) checkWidths(shared, failures);
        assertTrue(failures.isEmpty(), () -> failures.size() + " page widths overflow:\n" + String.join("\n", failures));
    }

    @Test
    void drawVerifierDoesNotWidenThePage() {
        List<String> failures = new ArrayList<>();
        for (String lang : SamplePages.LANGUAGES) {
            for (String draw : List.of(SamplePages.DRAW, SamplePages.PLAIN_DRAW)) {
                String path = SamplePages.path(lang, draw);
                browser.width(320).go(site.url(path));
                browser.find("#draw-verify").click();
                new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                        .until(d -> !browser.find("#draw-verify-result").getAttribute("data-status").isEmpty());
                assertEquals("match", browser.find("#draw-verify-result").getAttribute("data-status"), path);
                for (int w : SamplePages.WIDTHS) {
                    browser.width(w);
                    long over = browser.sidewaysOverflow();
                    if (over > 0) failures.add(path + " after Verify @" + w + "px: " + over + " px too wide: " + offenders());
                }
            }
        }
        browser.width(1440);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void openedLanguageMenuFitsTheScreenAndListsEveryLanguage() {
        List<String> failures = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String lang : SamplePages.LANGUAGES) {
            for (String page : SamplePages.PER_LANGUAGE) paths.add(SamplePages.path(lang, page));
        }
        paths.addAll(SamplePages.SHARED);
        for (String path : paths) {
            browser.go(site.url(path));
            for (int w : List.of(320, 360)) {
                browser.width(w);
                if (browser.findAll("details.lang-switch").isEmpty()) {
                    if (!path.equals("/data/")) failures.add(path + ": no language menu"); // /data/ is in one language
                    break;
                }
                browser.js("document.querySelector('details.lang-switch').open = true;");
                Map<String, Object> box = browser.js("""
                        var l = document.querySelector('details.lang-switch ul'), r = l.getBoundingClientRect();
                        return {left: r.left, right: r.right, links: l.querySelectorAll('a[href]').length,
                                overflow: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - innerWidth};
                        """);
                double left = ((Number) box.get("left")).doubleValue();
                double right = ((Number) box.get("right")).doubleValue();
                long links = ((Number) box.get("links")).longValue();
                if (left < -0.5 || right > w + 0.5) failures.add(path + " @" + w + ": menu spans [" + left + ", " + right + "]");
                if (links < 7) failures.add(path + ": language menu lists " + links + " languages");
                if (((Number) box.get("overflow")).longValue() > 0) failures.add(path + " @" + w + ": open menu widens the page");
                browser.js("document.querySelector('details.lang-switch').open = false;");
            }
        }
        browser.width(1440);
        assertTrue(failures.isEmpty(), () -> failures.size() + " problems:\n" + String.join("\n", failures));
    }
}
