package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with an axe-core accessibility check of every page
 * visited (WCAG 2.1 A/AA rules). Paths to chromium and chromedriver are explicit so that Selenium
 * never downloads a browser.
 */
public final class Browser implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Headless Chromium keeps its window at least this wide: a narrower screen is emulated, never asked of the window. */
    private static final int NARROWEST_WINDOW = 500;
    private static final int PHONE_HEIGHT = 640;
    private static final int DESKTOP_HEIGHT = 900;
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * How often a wait looks again: a page changes within milliseconds here, and WebDriverWait's default half second,
     * paid on most clicks, added up to minutes over the build.
     */
    private static final Duration POLL = Duration.ofMillis(20);

    private final ChromeDriver driver;
    private final String base;
    private int width;

    /** A desktop browser (1280 px), whose pages are also checked at 320 px. */
    public Browser(String base) {
        this(base, 1280);
    }

    /**
     * A browser whose screen is {@code width} pixels wide (375 or 320 for a phone); every page is also checked at 320 px.
     * It drives the test JVM's one Chromium, started on first use: starting one per test class cost seconds each time.
     * Tests using it must not run concurrently in the same JVM; {@link #close()} leaves the browser without cookies.
     */
    public Browser(String base, int width) {
        this.base = base;
        this.driver = Shared.driver();
        width(width);
    }

    /**
     * From now on the pages are laid out {@code width} px wide: a phone's width (500 px or less) through DevTools
     * emulation, as the window cannot be that narrow, a desktop's by the window itself.
     */
    public Browser width(int width) {
        this.width = width;
        if (width <= NARROWEST_WINDOW) {
            emulate(width, PHONE_HEIGHT);
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(new Dimension(width, DESKTOP_HEIGHT));
        }
        return this;
    }

    /**
     * Lays pages out in a viewport of exactly {@code width} × {@code height} CSS px. Below the narrowest window it is a
     * mobile one, as a phone's is: the page's viewport meta is honoured and scrollbars overlay the page instead of
     * taking 15 px of its width, so media queries and the layout see the phone's full width and nothing more. A wider one
     * is a desktop's, with its classic scrollbar.
     */
    private void emulate(int width, long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width <= NARROWEST_WINDOW));
    }

    /**
     * Back to this browser's own width after a check or a screenshot at another one. Emulation leaves the window as it
     * was, so a desktop only drops the emulation.
     */
    private void restoreWidth() {
        if (width <= NARROWEST_WINDOW) {
            emulate(width, PHONE_HEIGHT);
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * The one Chromium of this JVM: started on first use, started again if it died, quit when the JVM ends,
     * its profile folder then removed (every test JVM left one in the temporary folder).
     */
    private static final class Shared {

        private static ChromeDriver driver;
        private static Path profile;

        static synchronized ChromeDriver driver() {
            if (driver != null) {
                try {
                    driver.getWindowHandle();
                } catch (org.openqa.selenium.WebDriverException dead) {
                    quit();
                }
            }
            if (driver == null) {
                profile = Path.of(tempDir("chromium-profile"));
                driver = start(profile);
                ChromeDriver started = driver;
                Path itsProfile = profile;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.quit();
                    Folders.deleteQuietly(itsProfile);
                }));
            }
            return driver;
        }

        private static void quit() {
            driver.quit();
            driver = null;
            Folders.deleteQuietly(profile);
        }

        private static ChromeDriver start(Path profile) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--lang=fr-FR", "--window-size=1280,900",
                    // a page left is dropped, not kept for the back button (no test goes back), and the next one is
                    // laid out in the same frame and process: some 20 % of each page's loading time
                    "--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument",
                    "--user-data-dir=" + profile);
            // the pages ask for French first, as a French parent's browser does
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
            // Chromium on Linux ignores --lang for its own controls (« Choisir un fichier », the date field's
            // jj/mm/aaaa): it takes the language from the environment, and its French from Debian's chromium-l10n
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort()
                    .withEnvironment(Map.of("LANGUAGE", "fr", "LANG", "fr_FR.UTF-8")).build();
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // axe comes with every page of this tab, as the page starts: sent along with each check, its half megabyte
            // of script cost more than the check itself
            started.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
            return started;
        }

        /** Back to one blank tab without cookies or cache, as a newly started browser is. */
        static synchronized void reset() {
            if (driver == null) {
                return;
            }
            try {
                String first = driver.getWindowHandles().iterator().next();
                for (String handle : driver.getWindowHandles()) {
                    if (!handle.equals(first)) {
                        driver.switchTo().window(handle).close();
                    }
                }
                driver.switchTo().window(first).get("about:blank");
                driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                // a test that emulated a phone must not leave the next class on a narrow screen
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            } catch (org.openqa.selenium.WebDriverException broken) {
                // the next test class starts a new browser
                quit();
            }
        }
    }

    private static String tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a page of the portal and checks it with axe. The API's documentation is checked once Swagger UI has written
     * it: after the page's load, it lays out the document, then gives the server choice its label (api-docs.js); half
     * written, the page fails axe. Slow on a loaded 2-core machine.
     */
    public Browser open(String path) {
        driver.get(base + path);
        if (path.startsWith("/api/")) {
            waitUpTo(Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#swagger-ui #servers[aria-label]")).isEmpty());
        }
        return checkAccessibility();
    }

    public WebDriver driver() {
        return driver;
    }

    /** A wait on this browser that looks again every {@link #POLL}, not WebDriverWait's default half second. */
    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
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
        driver.executeScript("arguments[0].value = arguments[1]", find(css), value);
        return this;
    }

    /**
     * Clicks and checks the page it leads to. A link or a submit button is followed until the page it was on
     * is gone: right after the click, the old page still reads as loaded, and checking or typing there races
     * the navigation.
     */
    public Browser click(String css) {
        WebElement target = find(css);
        // a link to another page or a submit button, told in one round trip
        boolean navigates = Boolean.TRUE.equals(driver.executeScript("const e = arguments[0];"
                + " return e.tagName === 'A' && e.hasAttribute('href') && !e.href.includes('#')"
                + " || (e.tagName === 'BUTTON' || e.tagName === 'INPUT') && e.type === 'submit';", target));
        target.click();
        if (navigates) {
            try {
                // Chrome tells a node of a page that is gone either as stale or as "not in the document"
                waitUpTo(Duration.ofSeconds(10)).until(d -> {
                    try {
                        target.isEnabled();
                        return false;
                    } catch (org.openqa.selenium.WebDriverException gone) {
                        return true;
                    }
                });
            } catch (org.openqa.selenium.TimeoutException stayed) {
                // the page did not change (a form the browser kept, a download): it is checked as it stands
            }
        }
        return checkAccessibility();
    }

    public String text() {
        return find("body").getText();
    }

    /**
     * Zero violations of the WCAG 2.1 A and AA rules on the current page, which must also fit a 320 px wide phone:
     * nothing scrolls the page sideways, no amount in euros and no link, button or field is out of the screen or
     * inside a box that scrolls sideways, and no region scrolls without being reachable by keyboard.
     */
    public Browser checkAccessibility() {
        String page = checkedKey();
        if (page != null && CHECKED.contains(page)) {
            return this;
        }
        assertNoViolation(violations("tag", WCAG_21_AA), "");
        assertFitsNarrowScreen();
        if (page != null) {
            CHECKED.add(page);
        }
        return this;
    }

    /**
     * The pages this JVM's browser has found accessible, each by its width and its markup: axe and the narrow-screen
     * checks answer the same for the same markup at the same width (a test JVM's portals serve the same stylesheets),
     * and one page in six checked in a build was one checked already (the sign-in page, the same dashboard).
     */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /**
     * Once the page has loaded, its path, its length and a 64-bit hash of its markup (cyrb53's mixing, on two 32-bit
     * halves), the values of hidden fields (the CSRF token) left out.
     */
    private static final String PAGE_KEY = """
            const done = arguments[arguments.length - 1];
            const key = () => {
                const html = document.documentElement.outerHTML
                    .replace(/<input\\b[^>]*>/g, tag => /type="hidden"/.test(tag) ? tag.replace(/\\svalue="[^"]*"/, '') : tag);
                let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
                for (let i = 0; i < html.length; i++) {
                    const c = html.charCodeAt(i);
                    h1 = Math.imul(h1 ^ c, 2654435761);
                    h2 = Math.imul(h2 ^ c, 1597334677);
                }
                h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
                h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
                done(location.pathname + ' ' + html.length + ' ' + (h2 >>> 0).toString(16) + ' ' + (h1 >>> 0).toString(16));
            };
            if (document.readyState === 'complete') key(); else window.addEventListener('load', key, {once: true});
            """;

    /** The current page's key among {@link #CHECKED}, or null if a navigation under way ended the script. */
    private String checkedKey() {
        try {
            return width + " " + driver.executeAsyncScript(PAGE_KEY);
        } catch (JavascriptException navigating) {
            return null;
        }
    }

    private void assertNoViolation(List<String> violations, String where) {
        assertThat(violations).as(() -> "axe violations on " + driver.getCurrentUrl() + where + ": " + String.join(" | ", violations))
                .isEmpty();
    }

    /** The innermost elements reaching past the screen's right edge, for the failure message. */
    private static final String WIDEST = """
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 1 && e.children.length === 0)
                .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');
            """;

    /**
     * The amounts in euros and the controls a person can only reach by scrolling sideways: out of the screen's width,
     * or inside a box narrower than its content (scrollWidth > clientWidth) that clips or scrolls it. Visually hidden
     * things (skip link, screen-reader text, closed menus) are left out.
     */
    private static final String HIDDEN_SIDEWAYS = """
            const width = document.documentElement.clientWidth;
            const money = /\\d[\\d\\s\\u00a0\\u202f.]*(,\\d{2})?[\\s\\u00a0\\u202f]?€/;
            const targets = new Set(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'));
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (money.test(n.textContent) && n.parentElement) targets.add(n.parentElement);
            }
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' « ' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40) + ' »';
            const found = [];
            for (const e of targets) {
                const box = e.getBoundingClientRect();
                if (box.width <= 1 || box.height <= 1 || e.closest('.skip, .sr-only') || getComputedStyle(e).visibility === 'hidden') continue;
                if (box.right > width + 1 || box.left < -1) { found.push(name(e) + ' hors de l\\'écran (' + Math.round(box.left) + '–' + Math.round(box.right) + ' px)'); continue; }
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    const overflow = getComputedStyle(a).overflowX;
                    if (overflow !== 'visible' && a.scrollWidth > a.clientWidth + 1) {
                        found.push(name(e) + ' dans ' + a.tagName.toLowerCase() + (a.className ? '.' + a.className : '') + ' qui défile de côté ('
                            + a.scrollWidth + ' px dans ' + a.clientWidth + ')');
                        break;
                    }
                }
            }
            return found.slice(0, 8);
            """;

    /**
     * The page's sideways overflow at the current width (and, if any, {@link #WIDEST}), the [window, page] widths, and what
     * {@link #HIDDEN_SIDEWAYS} finds, read in one round trip. The API's documentation is Swagger UI, for developers: its
     * schema boxes scroll by design.
     */
    private static final String AT_NARROW_WIDTH = "const page = document.documentElement;"
            + " const overflow = page.scrollWidth - page.clientWidth;"
            + " return {overflow, widest: overflow > 0 ? (() => {" + WIDEST + "})() : '',"
            + " laidOut: [window.innerWidth, page.clientWidth],"
            + " hidden: location.pathname.startsWith('/api/') ? [] : (() => {" + HIDDEN_SIDEWAYS + "})()};";

    /**
     * Nothing wider than a 320 px screen, no amount or action hidden sideways (inside a box or the page),
     * and no region left scrolling without keyboard access at that width.
     */
    private void assertFitsNarrowScreen() {
        // a 320 px browser is there already
        boolean narrower = width != 320;
        if (narrower) {
            emulate(320, PHONE_HEIGHT);
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) driver.executeScript(AT_NARROW_WIDTH);
            assertThat(((Number) seen.get("overflow")).longValue()).as(() -> driver.getCurrentUrl() + " scrolls sideways at 320 px, past: "
                    + seen.get("widest")).isLessThanOrEqualTo(0);
            // after the sideways check, which names what is too wide: a phone zooms such a page out to fit it
            assertLaidOut(seen.get("laidOut"), 320);
            assertThat(seen.get("hidden")).as(() -> driver.getCurrentUrl() + " hides amounts or actions sideways at 320 px")
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
            if (width > 320) {
                // only that rule, run alone (runOnly): enabling it in a normal run would run every other rule too
                assertNoViolation(violations("rule", List.of("scrollable-region-focusable")), " at 320 px");
            }
        } finally {
            if (narrower) {
                restoreWidth();
            }
        }
    }

    /**
     * The page really is laid out {@code width} px wide and shown at that scale: a window resized below Chromium's
     * minimum silently stays 500 px wide, and every narrow-screen check would then pass on a screen wider than the one
     * it names; a phone zooms a page wider than itself out (the window then reads wider than the page).
     */
    private void assertLaidOutAt(int width) {
        assertLaidOut(driver.executeScript("return [window.innerWidth, document.documentElement.clientWidth]"), width);
    }

    private void assertLaidOut(Object laidOut, int width) {
        assertThat(laidOut).as(driver.getCurrentUrl() + " laid out at [window, page] px").isEqualTo(List.of((long) width, (long) width));
    }

    /**
     * axe-core, as the axe-core Selenium library ships it; it is run by {@link #RUN_AXE}: the library's own runner cost
     * a dozen round trips and a JSON mapping of the results for each check.
     */
    private static final String AXE = axeSource();

    /**
     * Once the page has loaded, runs axe with {@code runOnly} {type: arguments[0], values: arguments[1]} and answers
     * its violations, each as « rule help [target], [target] », or null if the page has no axe yet. Only violations are
     * asked for: axe then details only those.
     */
    private static final String RUN_AXE = """
            const [type, values, done] = arguments;
            const run = () => typeof window.axe !== 'object' ? done(null)
                : axe.run(document, {runOnly: {type, values}, resultTypes: ['violations']})
                    .then(results => done(results.violations.map(v => v.id + ' ' + v.help + ' '
                        + v.nodes.map(n => JSON.stringify(n.target)).join(', '))))
                    .catch(e => done(['axe a échoué : ' + e]));
            if (document.readyState === 'complete') run(); else window.addEventListener('load', run, {once: true});
            """;

    /**
     * The violations axe finds on the current page, once it has loaded. Each page of the browser's first tab comes with
     * axe; one of another tab gets it here. A navigation still under way can end the script, so such a run is tried
     * again, a few times at most.
     */
    private List<String> violations(String type, List<String> values) {
        JavascriptException last = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) driver.executeAsyncScript(RUN_AXE, type, values);
                if (found != null) {
                    return found;
                }
                driver.executeScript(AXE);
            } catch (JavascriptException e) {
                last = e;
            }
        }
        throw new IllegalStateException("axe did not run on " + driver.getCurrentUrl(), last);
    }

    private static String axeSource() {
        try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a PNG of the whole page, down its full height, as a screen {@code width} px wide shows it, under target/screenshots. */
    public Path screenshot(String name, int width) {
        emulate(width, width <= NARROWEST_WINDOW ? PHONE_HEIGHT : DESKTOP_HEIGHT);
        try {
            if (width <= NARROWEST_WINDOW) {
                assertLaidOutAt(width);
            }
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            emulate(width, Math.min(Math.max(height, PHONE_HEIGHT), 6000));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            // a PNG's width is the big-endian int at byte 16 (IHDR); at deviceScaleFactor 1 it is the CSS width
            assertThat(java.nio.ByteBuffer.wrap(png, 16, 4).getInt()).as(name + ".png width").isEqualTo(width);
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            restoreWidth();
        }
    }

    /** Leaves the shared browser as a new one would be, for the next test class. */
    @Override
    public void close() {
        Shared.reset();
    }
}
