package org.plenary.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plenary.build.TestSite;
import org.plenary.e2e.Browser;

/**
 * Issue 9's "done when", in a real headless Chromium (skipped without one): an open tab of {@code plenary serve}
 * shows a member's YAML edit on its own, a YAML typo shows its located error in the tab, and fixing it recovers —
 * all under the site's Content-Security-Policy, sent as a header.
 */
class LiveReloadBrowserTest {
    private static final String MEMBERS = "data/members/people.yaml";

    @Test
    void anOpenTabReloadsItselfShowsErrorsAndRecovers(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.mini(tmp);
        try (Browser browser = Browser.open();
             DevServer server = DevServer.start(new DevServer.Options(site.root(), 0, true), new PrintWriter(new StringWriter()))) {
            browser.go(server.url().resolve("/en/members/amina-diallo/").toString());
            assertTrue(browser.find("h1").getText().contains("Amina Diallo"));
            browser.js("window.plenaryTestMarker = 'same page';");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));

            site.replace(MEMBERS, "name: Amina Diallo", "name: Amina Live Diallo");
            wait.until(d -> d.findElement(By.cssSelector("h1")).getText().contains("Amina Live Diallo"));
            assertNull(browser.js("return window.plenaryTestMarker;"), "the tab reloaded by itself");

            site.replace(MEMBERS, "  region: afralo\n  country: SN", "  regoin: afralo\n  country: SN");
            wait.until(d -> !d.findElements(By.id("plenary-dev-problems")).isEmpty());
            String panel = browser.find("#plenary-dev-problems").getText();
            assertTrue(panel.matches("(?s).*" + MEMBERS.replace(".", "\\.") + ":\\d+:\\d+: error: .*regoin.*"), panel);
            assertTrue(browser.find("#plenary-dev-problems").isDisplayed());
            assertEquals("fixed", browser.find("#plenary-dev-problems").getCssValue("position"), "the dev stylesheet applies");

            site.replace(MEMBERS, "  regoin: afralo", "  region: afralo");
            wait.until(d -> d.findElements(By.id("plenary-dev-problems")).isEmpty());
            assertTrue(browser.find("h1").getText().contains("Amina Live Diallo"));
        }
    }
}
