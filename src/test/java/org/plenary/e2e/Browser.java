package org.plenary.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session driven through chromedriver (Selenium), meant to be opened once per test class
 * and reused by its tests. The viewport is set exactly with the DevTools protocol ({@link #viewport}), so
 * {@code innerWidth} is the width asked for, whatever the window decorations.
 *
 * <p>{@link #open()} skips the calling test (JUnit assumption, with the reason) when {@code chromium} or
 * {@code chromedriver} is missing; {@code .ci/run} installs Debian's {@code chromium} and {@code chromium-driver}.
 * The binaries come from {@code -Dplenary.chromium} / {@code PLENARY_CHROMIUM} and {@code -Dplenary.chromedriver} /
 * {@code PLENARY_CHROMEDRIVER}, else the PATH. The browser runs with a fresh profile and the flags that keep it
 * off the network; Selenium Manager is never asked to download anything because both paths are given.
 */
public final class Browser implements AutoCloseable {
    private static final List<String> CHROMIUM = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVER = List.of("chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private int width = 1440;
    private int height = 900;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling test (or, from {@code @BeforeAll}, its class) unless {@code ok}, saying why on standard
     * error too: surefire reports a class whose {@code @BeforeAll} skipped its parameterized tests as "Tests run: 0",
     * without the reason.
     */
    static void skipUnless(boolean ok, String why) {
        if (!ok) System.err.println("SKIPPED: " + why);
        Assumptions.assumeTrue(ok, why);
    }

    /** A new session, or a skipped test when no browser is installed. */
    public static Browser open() {
        Optional<Path> chromium = find("plenary.chromium", "PLENARY_CHROMIUM", CHROMIUM);
        Optional<Path> driver = find("plenary.chromedriver", "PLENARY_CHROMEDRIVER", DRIVER);
        skipUnless(chromium.isPresent() && driver.isPresent(),
                "end-to-end tests need chromium and chromedriver (Debian: apt-get install chromium chromium-driver; "
                        + ".ci/run does it); found chromium=" + chromium.orElse(null) + ", chromedriver=" + driver.orElse(null));
        try {
            Path profile = Files.createTempDirectory("plenary-selenium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US", "--window-size=1440,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
            ChromeDriver d = new ChromeDriver(service, options);
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Browser b = new Browser(d, profile);
            b.viewport(1440, 900);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find(String property, String env, List<String> names) {
        for (String configured : new String[] {System.getProperty(property), System.getenv(env)}) {
            if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
                return Optional.of(Path.of(configured));
            }
        }
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
                if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sets the layout viewport to exactly {@code width} × {@code height} CSS pixels (device scale 1). */
    public Browser viewport(int width, int height) {
        this.width = width;
        this.height = height;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    public Browser width(int width) {
        return viewport(width, height);
    }

    public int width() {
        return width;
    }

    /** Screen or print media, as the page's CSS sees it. */
    public Browser media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        return this;
    }

    /** Loads {@code url} and waits until the document and its deferred scripts are done. */
    public Browser go(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) driver.executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    public <T> T jsAsync(String script, Object... args) {
        return (T) driver.executeAsyncScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** How far the page scrolls sideways: {@code scrollWidth - innerWidth} in CSS px (0 when it does not). */
    public long sidewaysOverflow() {
        Number n = js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        return n.longValue();
    }

    /** Writes a PNG of the page from the top, at most {@code maxHeight} CSS px tall, then restores the viewport. */
    public void screenshot(Path file, int maxHeight) {
        int h = Math.min(maxHeight, ((Number) js("return document.documentElement.scrollHeight;")).intValue());
        int keep = height;
        viewport(width, Math.max(h, 200));
        try {
            js("window.scrollTo(0, 0);");
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            viewport(width, keep);
        }
    }

    /** Writes a PNG of {@code height} CSS px of the page starting at the element {@code css}. */
    public void screenshotFrom(Path file, String css, int height) {
        int keep = this.height;
        viewport(width, height);
        try {
            js("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            viewport(width, keep);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile left in /tmp is harmless
            }
        }
    }
}
