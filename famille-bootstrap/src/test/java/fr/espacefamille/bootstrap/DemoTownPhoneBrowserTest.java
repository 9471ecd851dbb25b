package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The demo town as its people see it on a 320 px phone: the parent with a history (README « Who to
 * sign in as ») and each staff member walk their main pages in one browser on one portal. Every page
 * fits the screen, has one French title, shows no English or programming word left over, passes axe
 * (Browser.open) and leaves a screenshot in {@code target/screenshots/demo-*.png} to look at.
 * The phone is the one {@link Browser} emulates: a viewport of exactly 320 px, as on a phone.
 */
class DemoTownPhoneBrowserTest {

    private static final int PHONE = 320;
    /** Words a French page never shows: English left in a template, or a value the code failed to write. */
    private static final Pattern LEFT_OVER = Pattern.compile(
            "\\b(Error|Exception|Submit|Cancel|Save|Delete|Loading|Search|Next|Previous|null|undefined|NaN|true|false|TODO)\\b");

    @Test
    void every_main_page_of_the_demo_reads_in_french_and_fits_a_320_px_phone() {
        try (TestPortal demo = TestPortal.demoAt("2026-12-02T10:00:00+01:00"); Browser browser = new Browser(demo.url(""), PHONE)) {
            // the browser's own controls (file and date fields) speak French: Debian's chromium-l10n is installed
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return Intl.DateTimeFormat().resolvedOptions().locale"))
                    .as("Chromium's own language").asString().startsWith("fr");
            signIn(browser, DemoTown.PARENT, DemoTown.PARENT_PASSWORD);
            visit(browser, "parent-tableau-de-bord", "/espace", "Mon espace");
            visit(browser, "parent-factures", "/espace/factures", "Mes factures");
            browser.open("/espace/cantine");
            if (!browser.path().matches("/espace/enfants/[^/]+/cantine.*")) {
                browser.click("main a[href^='/espace/enfants/'][href$='/cantine']");
            }
            check(browser, "parent-cantine-mois", "Cantine");
            visit(browser, "parent-multi-accueil", "/espace/creche", "Multi-accueil «\u00a0Bout d'chou\u00a0»");
            visit(browser, "parent-pre-inscriptions", "/espace/creche/pre-inscriptions", "Mes pré-inscriptions");
            visit(browser, "parent-documents", "/espace/documents", "Mes documents");

            signIn(browser, HistoryDemo.SCHOOL_AGENT, HistoryDemo.STAFF_PASSWORD);
            visit(browser, "ecole-accueil", "/agents", "Accueil agents");
            visit(browser, "ecole-pointage", "/agents/cantine/pointage", "Pointage");
            visit(browser, "ecole-inscriptions", "/agents/inscriptions", "Inscriptions scolaires");

            signIn(browser, HistoryDemo.NURSERY_AGENT, HistoryDemo.STAFF_PASSWORD);
            visit(browser, "creche-accueil", "/agents", "Accueil agents");
            visit(browser, "creche-multi-accueil", "/agents/creche", "Multi-accueil «\u00a0Bout d'chou\u00a0»");
            visit(browser, "creche-liste-d-attente", "/agents/creche/attente", "Listes d'attente");

            signIn(browser, HistoryDemo.FINANCE_AGENT, HistoryDemo.STAFF_PASSWORD);
            visit(browser, "finances-accueil", "/agents", "Accueil agents");
            visit(browser, "finances-facturation", "/agents/facturation", "Facturation");
            visit(browser, "finances-factures", "/agents/factures", "Factures");
        }
    }

    private static void signIn(Browser browser, String login, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/connexion").type("#login", login).type("#password", password).click("form.form button[type=submit]");
        assertThat(browser.path()).as("signed in as " + login).doesNotStartWith("/connexion");
    }

    private static void visit(Browser browser, String name, String path, String title) {
        browser.open(path);
        assertThat(browser.path()).as("no redirect away from " + path).startsWith(path);
        check(browser, name, title);
    }

    /**
     * The page on screen (its fit at 320 px was checked by {@link Browser#open}): one French title starting with
     * {@code title}, no English, a screenshot.
     */
    private static void check(Browser browser, String name, String title) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<WebElement> headings = browser.findAll("h1");
        assertThat(headings).as(browser.path() + " has one title").hasSize(1);
        assertThat(headings.get(0).getAttribute("textContent").strip()).as(browser.path() + " title").startsWith(title);
        String text = browser.text();
        Matcher leftOver = LEFT_OVER.matcher(text);
        assertThat(leftOver.find() ? leftOver.group() : null).as(browser.path() + " shows a word that is not French").isNull();
        assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("fr");
        browser.screenshot("demo-" + name, PHONE);
    }
}
