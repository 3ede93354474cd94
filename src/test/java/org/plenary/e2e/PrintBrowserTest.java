package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Printed pages keep what the screen shows: with print media emulated on an A4 landscape sheet (297 mm less 12 mm
 * margins ≈ 1032 CSS px, where the stylesheet sends travel and metrics pages), every column of every table of the
 * travel and metrics pages is on the paper, in English, Chinese and Arabic, and the header prints as dark text on
 * white. Writes a picture of each printed Arabic page under {@code target/screenshots/}.
 */
class PrintBrowserTest {
    /** A4 landscape, less the stylesheet's 12 mm margins, in CSS px (96 per inch). */
    static final int LANDSCAPE = (int) Math.floor((297 - 24) / 25.4 * 96);

    static Browser browser;
    static SampleSite site;

    @BeforeAll
    static void open() {
        browser = Browser.open();
        site = SampleSite.get();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.media("screen");
            browser.close();
        }
    }

    @Test
    void travelAndMetricsTablesPrintEveryColumnAndALegibleHeader() {
        List<String> failures = new ArrayList<>();
        browser.media("print").viewport(LANDSCAPE, 800);
        for (String lang : SamplePages.LANGUAGES) {
            for (String page : List.of("travel/", "metrics/", "travel/icann58/")) {
                String path = SamplePages.path(lang, page);
                browser.go(site.url(path));
                List<String> cut = browser.js("""
                        var out = [], w = document.documentElement.clientWidth;
                        document.querySelectorAll('main table').forEach(function (t, i) {
                          var r = t.getBoundingClientRect();
                          if (r.width === 0) return; // inside closed details: not printed
                          var box = t.parentElement;
                          if (r.left < -1 || r.right > w + 1 || box.scrollWidth > box.clientWidth + 1)
                            out.push('table ' + i + ' (' + t.rows[0].cells.length + ' columns) spans ' + Math.round(r.left)
                                     + '..' + Math.round(r.right) + ' of ' + w);
                        });
                        return out;
                        """);
                for (String c : cut) failures.add(path + ": " + c);
                Map<String, Object> header = browser.js("""
                        var b = getComputedStyle(document.querySelector('.brand')),
                            h = getComputedStyle(document.querySelector('.site-header'));
                        return {color: b.color, background: h.backgroundColor, image: h.backgroundImage};
                        """);
                String color = (String) header.get("color");
                String bg = (String) header.get("background");
                if (!color.startsWith("rgb(0, 0, 0") && !color.equals("rgb(27, 31, 36)")) {
                    failures.add(path + ": printed site name is " + color);
                }
                if (!bg.equals("rgba(0, 0, 0, 0)") && !bg.startsWith("rgb(255, 255, 255")) {
                    failures.add(path + ": printed header background " + bg);
                }
                if (lang.equals("ar") || lang.equals("zh")) {
                    browser.screenshot(ScreenshotBrowserTest.folder().resolve(lang + "-"
                            + page.replace("/", "") + "-print.png"), 5000);
                }
            }
        }
        browser.media("screen").viewport(1440, 900);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

}
