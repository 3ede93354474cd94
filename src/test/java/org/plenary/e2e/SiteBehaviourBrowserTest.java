package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader does, in a real browser on the built sample: move between sections and languages without losing
 * the page, read Arabic right to left, filter the advice archive, verify a draw; plus the favicon, the page weight
 * budget and readable chart text.
 */
class SiteBehaviourBrowserTest {
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

    private static String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    @Test
    void mainNavigationStaysInTheReadersLanguage() {
        for (String lang : SamplePages.LANGUAGES) {
            browser.width(1440).go(site.url("/" + lang + "/"));
            for (String section : List.of("members", "advice", "travel", "draws", "metrics")) {
                browser.find(".main-nav a[href$='" + section + "/']").click();
                assertEquals("/" + lang + "/" + section + "/", path());
                // The current section is marked (its link is now "./": resolve it to compare).
                assertEquals(site.url("/" + lang + "/" + section + "/"),
                        browser.find(".main-nav a[aria-current=page]").getDomProperty("href"));
                assertEquals(lang, browser.find("html").getAttribute("lang"));
            }
            browser.find(".brand").click();
            assertEquals("/" + lang + "/", path());
        }
    }

    @Test
    void languageSwitcherKeepsThePage() {
        for (String page : List.of(SamplePages.PROFILE, SamplePages.STATEMENT, SamplePages.DRAW, "travel/icann58/")) {
            browser.width(360).go(site.url("/en/" + page));
            for (String to : List.of("zh", "ar", "fr", "en")) {
                browser.find("details.lang-switch summary").click();
                WebElement link = browser.find("details.lang-switch a[hreflang='" + to + "']");
                assertTrue(link.isDisplayed(), "the opened menu shows " + to);
                link.click();
                assertEquals("/" + to + "/" + page, path(), "switching to " + to);
                assertEquals(to, browser.find("html").getAttribute("lang"));
                assertEquals("true", browser.find("details.lang-switch a[hreflang='" + to + "']").getAttribute("aria-current"));
            }
        }
        browser.width(1440);
    }

    @Test
    void notFoundPageOffersEveryLanguageHome() {
        browser.go(site.url("/404.html"));
        browser.find("details.lang-switch summary").click();
        List<WebElement> links = browser.findAll("details.lang-switch a[hreflang]");
        assertEquals(7, links.size());
        links.stream().filter(a -> "ar".equals(a.getAttribute("hreflang"))).findFirst().orElseThrow().click();
        assertEquals("/ar/", path());
    }

    @Test
    void arabicIsLaidOutRightToLeft() {
        browser.width(1440).go(site.url("/ar/" + SamplePages.PROFILE));
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        assertEquals("rtl", browser.js("return getComputedStyle(document.body).direction;"));
        Map<String, Number> h1 = browser.js("var r = document.querySelector('main h1').getBoundingClientRect();"
                + "return {left: r.left, right: r.right, width: innerWidth};");
        Map<String, Number> brand = browser.js("var r = document.querySelector('.brand').getBoundingClientRect();"
                + "return {left: r.left, right: r.right};");
        double width = h1.get("width").doubleValue();
        assertTrue(brand.get("right").doubleValue() > width * 0.6, "site name starts at the right: " + brand);
        assertTrue(brand.get("left").doubleValue() > width * 0.3, "site name sits on the right half: " + brand);
        // English fallback text inside the Arabic page reads left to right, full stop at its end.
        assertEquals("ltr", browser.js("return getComputedStyle(document.querySelector('.prose[lang=en]')).direction;"));
        browser.go(site.url("/en/" + SamplePages.PROFILE));
        assertEquals("ltr", browser.js("return getComputedStyle(document.body).direction;"));
    }

    /**
     * Found by a new user on the Arabic pages: the key string's trailing '/' was drawn at its other end, and an
     * affiliation that fell back to English sat at the far left, 700 px from its label.
     */
    @Test
    void arabicPagesKeepKeyStringsInOrderAndFallbackValuesBesideTheirLabels() {
        browser.width(1440).go(site.url("/ar/" + SamplePages.DRAW));
        // The last character of the key string is drawn right of the first, as in any left-to-right text.
        Map<String, Number> key = browser.js("var c = document.getElementById('key-string'), t = c.firstChild, n = t.length;"
                + "var r = document.createRange(); r.setStart(t, 0); r.setEnd(t, 1); var first = r.getBoundingClientRect();"
                + "r.setStart(t, n - 1); r.setEnd(t, n); var last = r.getBoundingClientRect();"
                + "return {first: first.left, last: last.left, n: n};");
        assertTrue(key.get("last").doubleValue() > key.get("first").doubleValue(), "key string reads left to right: " + key);
        assertEquals("isolate", browser.js("return getComputedStyle(document.getElementById('key-string')).unicodeBidi;"));
        browser.go(site.url("/ar/" + SamplePages.PROFILE));
        Map<String, Number> dd = browser.js("var d = document.querySelector('.facts dd[dir=ltr]'), r = document.createRange();"
                + "r.selectNodeContents(d); var t = r.getBoundingClientRect(), b = d.getBoundingClientRect();"
                + "return {text: t.right, box: b.right};");
        assertTrue(Math.abs(dd.get("box").doubleValue() - dd.get("text").doubleValue()) < 2,
                "an English value ends at the right, beside its Arabic label: " + dd);
    }

    @Test
    void adviceFiltersCombineAndCount() {
        browser.width(1440).go(site.url("/en/advice/"));
        WebElement form = browser.find("form.js-filters");
        assertTrue(form.isDisplayed(), "the filter form appears when JavaScript runs");
        long all = visibleRows();
        new Select(browser.find("select[data-filter=status]")).selectByValue("ratified");
        long ratified = visibleRows();
        assertTrue(ratified > 0 && ratified < all, ratified + " of " + all);
        for (WebElement row : browser.findAll("#advice-list tbody tr")) {
            if (row.isDisplayed()) assertEquals("ratified", row.getAttribute("data-status"));
        }
        new Select(browser.find("select[data-filter=langs]")).selectByValue("fr");
        long both = visibleRows();
        assertTrue(both > 0 && both < ratified, both + " of " + ratified);
        for (WebElement row : browser.findAll("#advice-list tbody tr")) {
            if (row.isDisplayed()) assertTrue(List.of(row.getAttribute("data-langs").split(" ")).contains("fr"));
        }
        assertTrue(browser.find("form.js-filters output").getText().contains(String.valueOf(both)),
                browser.find("form.js-filters output").getText());
        // A year whose rows are all filtered out hides its heading too.
        for (WebElement group : browser.findAll("#advice-list section[data-group]")) {
            boolean anyRow = group.findElements(By.cssSelector("tbody tr")).stream().anyMatch(WebElement::isDisplayed);
            assertEquals(anyRow, group.isDisplayed());
        }
        new Select(browser.find("select[data-filter=status]")).selectByValue("");
        new Select(browser.find("select[data-filter=langs]")).selectByValue("");
        assertEquals(all, visibleRows());
    }

    private static long visibleRows() {
        Number n = browser.js("return Array.prototype.filter.call(document.querySelectorAll('#advice-list tbody tr'),"
                + " function (r) { return r.offsetParent !== null; }).length;");
        return n.longValue();
    }

    @Test
    void drawVerifierConfirmsThePublishedResultInEachLanguage() {
        for (String lang : SamplePages.LANGUAGES) {
            browser.width(360).go(site.url(SamplePages.path(lang, SamplePages.DRAW)));
            WebElement button = browser.find("#draw-verify");
            button.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> !browser.find("#draw-verify-result").getAttribute("data-status").isEmpty());
            WebElement result = browser.find("#draw-verify-result");
            assertEquals("match", result.getAttribute("data-status"));
            assertEquals(button.getAttribute("data-match"), result.getText(), "verdict in the page's language");
            assertEquals(browser.find("#key-string").getText(), browser.find("#draw-verify-steps code").getText());
            int published = browser.findAll("section[aria-labelledby=steps] tbody tr").size();
            assertEquals(published, browser.findAll("#draw-verify-steps tbody tr[data-status=match]").size());
            WebElement box = browser.find("#draw-verify-steps .table-scroll");
            assertEquals("0", box.getAttribute("tabindex"), "the steps box can be scrolled from the keyboard");
        }
        browser.width(1440);
    }

    @Test
    void faviconIsServedAndLinked() throws IOException, InterruptedException {
        HttpResponse<byte[]> ico = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode());
        byte[] b = ico.body();
        assertTrue(b.length > 22 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0, "an ICO file");
        for (String path : List.of("/en/", "/ar/" + SamplePages.STATEMENT, "/404.html", "/", "/data/")) {
            browser.go(site.url(path));
            String href = browser.js("var l = document.querySelector('link[rel~=icon][href$=\"favicon.ico\"]'); return l && l.href;");
            assertEquals(site.url("/favicon.ico"), href, path);
        }
    }

    /**
     * Page weight: everything a statement page loads (its HTML and every resource the browser fetched for it, search
     * excluded), each fetched again over HTTP without compression or cache and summed: an upper bound on what a
     * first visit transfers.
     */
    @Test
    void statementPageWeighsUnder100Kilobytes() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String lang : SamplePages.LANGUAGES) {
            browser.go(site.url(SamplePages.path(lang, SamplePages.STATEMENT)));
            List<String> urls = browser.js("""
                    var out = [location.href];
                    performance.getEntriesByType('resource').forEach(function (r) {
                      if (!/\\/search\\//.test(r.name)) out.push(r.name);
                    });
                    return out;
                    """);
            assertTrue(urls.size() > 1, lang + ": the page loads its stylesheet at least: " + urls);
            long bytes = 0;
            for (String u : new java.util.LinkedHashSet<>(urls)) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), u);
                bytes += r.body().length;
            }
            System.out.println("statement page " + lang + ": " + urls.size() + " files, " + bytes + " bytes uncompressed");
            assertTrue(bytes > 10_000 && bytes < 100_000, lang + ": " + bytes + " bytes in " + urls);
        }
    }

    /** Chart text between 10 and 16 CSS px at phone and desktop widths (13-unit text, scaled with the SVG). */
    @Test
    void chartTextStaysReadableAtEveryWidth() {
        for (String path : List.of("/en/travel/", "/zh/metrics/", "/ar/travel/")) {
            browser.go(site.url(path));
            for (int w : List.of(360, 1440)) {
                browser.width(w);
                List<Number> sizes = browser.js("""
                        var out = [];
                        document.querySelectorAll('svg.chart').forEach(function (svg) {
                          var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                          svg.querySelectorAll('text').forEach(function (t) {
                            out.push(parseFloat(getComputedStyle(t).fontSize) * scale);
                          });
                        });
                        return out;
                        """);
                assertFalse(sizes.isEmpty(), path);
                for (Number s : sizes) {
                    assertTrue(s.doubleValue() >= 10 && s.doubleValue() <= 16, path + " @" + w + ": chart text " + s + " px");
                }
            }
        }
        browser.width(1440);
    }

    @Test
    void skipLinkAndFocusRingForKeyboardUsers() {
        for (String lang : SamplePages.LANGUAGES) {
            browser.width(360).go(site.url(SamplePages.path(lang, "travel/")));
            browser.js("document.activeElement && document.activeElement.blur();");
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            WebElement skip = browser.driver().switchTo().activeElement();
            assertEquals("skip", skip.getAttribute("class"), "the first Tab lands on the skip link");
            Map<String, Number> r = browser.js("var r = document.activeElement.getBoundingClientRect();"
                    + "return {top: r.top, left: r.left, right: r.right};");
            assertTrue(r.get("top").doubleValue() >= 0 && r.get("left").doubleValue() >= 0
                    && r.get("right").doubleValue() <= 360, "the focused skip link is on screen: " + r);
            skip.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertTrue(browser.driver().getCurrentUrl().endsWith("#main"));
            // Every box that scrolls sideways can take focus, so it can be scrolled with the arrow keys.
            List<String> unreachable = browser.js("""
                    var out = [];
                    document.querySelectorAll('main *').forEach(function (e) {
                      var s = getComputedStyle(e);
                      if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1
                          && e.tabIndex < 0) out.push(e.className || e.tagName);
                    });
                    return out;
                    """);
            assertTrue(unreachable.isEmpty(), lang + ": scrolling boxes without tabindex: " + unreachable);
            assertFocusRingContrast();
        }
        browser.width(1440);
    }

    /** The focus indicator differs from what is around it by at least 3:1 (WCAG 2.2 SC 1.4.11 and 2.4.13). */
    private static void assertFocusRingContrast() {
        List<Map<String, Object>> rings = browser.js("""
                function rgb(c) { var m = c.match(/[\\d.]+/g); return m ? m.slice(0, 3).map(Number) : [255, 255, 255]; }
                function lum(c) { return c.map(function (v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                                   .reduce(function (a, v, i) { return a + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
                function bg(e) {
                  // The skip link appears over the top of the page, that is over the site header.
                  var start = e.classList.contains('skip') ? document.querySelector('.site-header') : e.parentElement;
                  for (var p = start; p; p = p.parentElement) {
                    var c = getComputedStyle(p).backgroundColor;
                    if (c && c !== 'transparent' && !/, 0\\)$/.test(c)) return rgb(c);
                  }
                  return [255, 255, 255];
                }
                var out = [];
                ['.skip', '.brand', '.main-nav a', 'details.lang-switch summary', 'main a', 'main section > .table-scroll'].forEach(function (sel) {
                  var e = document.querySelector(sel);
                  if (!e) return;
                  e.focus({focusVisible: true});
                  var s = getComputedStyle(e), a = lum(rgb(s.outlineColor)), b = lum(bg(e));
                  out.push({sel: sel, style: s.outlineStyle, width: parseFloat(s.outlineWidth),
                            ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)});
                });
                return out;
                """);
        assertFalse(rings.isEmpty());
        for (Map<String, Object> ring : rings) {
            assertNotNull(ring.get("style"));
            assertTrue(!"none".equals(ring.get("style")) && ((Number) ring.get("width")).doubleValue() >= 2, "focus ring of " + ring);
            assertTrue(((Number) ring.get("ratio")).doubleValue() >= 3, "focus ring contrast of " + ring);
        }
    }
}
