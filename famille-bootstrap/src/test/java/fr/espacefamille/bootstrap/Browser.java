package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Headless Debian Chromium driven by Selenium, with an axe-core accessibility check of every page
 * visited (WCAG 2.1 A/AA rules). Paths to chromium and chromedriver are explicit so that Selenium
 * never downloads a browser.
 */
public final class Browser implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;

    public Browser(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=fr-FR", "--window-size=1280,900",
                "--user-data-dir=" + tempDir("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private static String tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page of the portal and checks it with axe. */
    public Browser open(String path) {
        driver.get(base + path);
        return checkAccessibility();
    }

    public WebDriver driver() {
        return driver;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field's value directly: date inputs' typing format depends on the browser's locale. */
    public Browser set(String css, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), value);
        return this;
    }

    /** Clicks and checks the page it leads to. */
    public Browser click(String css) {
        find(css).click();
        return checkAccessibility();
    }

    public String text() {
        return find("body").getText();
    }

    /** Zero violations of the WCAG 2.1 A and AA rules on the current page, which must also fit a 320 px wide phone. */
    public Browser checkAccessibility() {
        Results results = analyze();
        assertFitsNarrowScreen();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> "axe violations on " + driver.getCurrentUrl() + ": " + violations.stream()
                .map(v -> v.getId() + " " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" | "))).isEmpty();
        return this;
    }

    /** The innermost elements reaching past the screen's right edge, for the failure message. */
    private static final String WIDEST = """
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 1 && e.children.length === 0)
                .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');
            """;

    /** Nothing wider than a 320 px screen: wide tables scroll inside their own box, the page never sideways. */
    private void assertFitsNarrowScreen() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(320, before.getHeight()));
        try {
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).longValue()).as(() -> driver.getCurrentUrl() + " scrolls sideways at 320 px, past: "
                    + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(WIDEST)).isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Runs axe once the page has finished loading; a navigation still under way can wipe the injected
     * script ("runPartial" undefined), so such a run is tried again, a few times at most.
     */
    private Results analyze() {
        org.openqa.selenium.JavascriptException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                    "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            try {
                return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
            } catch (org.openqa.selenium.JavascriptException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Saves a PNG of the page at the given width under target/screenshots. */
    public Path screenshot(String name, int width) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 100, 600), 4000)));
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
