package fr.espacefamille.bootstrap;

import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/**
 * A parent's phone, 320 and 375 px wide, every page checked by axe and by the 320 px rules of
 * {@link Browser#checkAccessibility} (no amount or action hidden sideways): « Payer » on the
 * dashboard, the invoice list and the invoice, the canteen month from today with its holidays and
 * the family's meal price, the weekly pattern to the end of the school year, documents with the
 * storage used and « Supprimer », and the account's pages one task each. Screenshots of each page
 * go to {@code target/screenshots/telephone-<width>-…}.
 */
class PhoneJourneyBrowserTest {

    static BillingTown billing;
    static CanteenTown canteen;
    static String invoice;

    @BeforeAll
    static void start() {
        billing = new BillingTown(CanteenTown.CLOCK);
        billing.demoTariffs();
        canteen = new CanteenTown(billing.portal);
        CreatedFamily martin = new CreatedFamily(canteen.martin, List.of(canteen.lea), List.of(), List.of());
        billing.meals(martin.child(0), LocalDate.parse("2026-08-03"), 3, BOOKED_MEAL);
        invoice = BillingTown.invoiceOf(billing.run("SCHOOL", "2026-08", true), martin);
    }

    @AfterAll
    static void stop() {
        billing.close();
    }

    private static Browser signedIn(int width) {
        Browser browser = new Browser(billing.portal.url(""), width);
        browser.open("/connexion").type("#login", canteen.claireLogin.username()).type("#password", canteen.claireLogin.password())
                .click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/espace");
        return browser;
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 375})
    void a_parent_does_everything_from_a_phone(int width) throws IOException {
        String shot = "telephone-" + width + "-";
        try (Browser browser = signedIn(width)) {
            assertThat(browser.find("form[action='/espace/factures/" + invoice + "/payer'] button").getText()).startsWith("Payer");
            browser.screenshot(shot + "tableau-de-bord", width);

            browser.open("/espace/factures");
            assertThat(browser.find("form[action='/espace/factures/" + invoice + "/payer'] button").getText()).isEqualTo("Payer");
            assertThat(browser.find("td.first[data-label='Reste à payer']").getLocation().getY())
                    .as("the amount left to pay is the card's first line").isLessThan(browser.find("td[data-label='Facture']").getLocation().getY());
            browser.screenshot(shot + "factures", width);
            browser.open("/espace/factures/" + invoice);
            assertThat(browser.find(".due-box").getText()).contains("Reste à payer", "Payer");
            browser.screenshot(shot + "facture", width);

            String month = "/espace/enfants/" + canteen.lea + "/cantine";
            browser.open(month);
            assertThat(browser.text()).contains("Prix d'un repas pour votre famille", "lundi 7 septembre", "Fermeture exceptionnelle")
                    .doesNotContain("samedi", "dimanche", "mardi 1er septembre");
            browser.screenshot(shot + "cantine-mois", width);
            browser.open(month + "?mois=2026-10");
            assertThat(browser.text()).contains("Du lundi 19 octobre au vendredi 30 octobre", "Toussaint", "Pas de classe le mercredi");
            browser.screenshot(shot + "cantine-vacances", width);
            browser.open(month + "/semaine-type").click("form.form button[type=submit]");
            assertThat(browser.text()).contains("repas réservés", "au vendredi 2 juillet");
            assertThat(billing.portal.call("GET", "/api/v1/children/" + canteen.lea + "/canteen?from=2027-06-01&to=2027-06-30",
                    canteen.claire, null).json().findValuesAsText("status")).as("booked to the end of the school year").contains("BOOKED");
            browser.screenshot(shot + "cantine-semaine-type", width);

            Path pdf = Folders.temporaryFile("attestation", ".pdf");
            Files.write(pdf, CanteenTown.PDF);
            browser.open("/espace/documents");
            new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("INSURANCE");
            browser.find("#file").sendKeys(pdf.toString());
            browser.click("form.form button[type=submit]");
            assertThat(browser.find("#quota").getText()).matches("Espace utilisé : \\d+ ko sur 200 Mo\\.");
            browser.screenshot(shot + "documents", width);
            int before = browser.findAll("form[action$='/supprimer']").size();
            browser.click("form[action$='/supprimer'] button");
            assertThat(browser.text()).contains("Document supprimé.");
            assertThat(browser.findAll("form[action$='/supprimer']")).hasSize(before - 1);

            browser.open("/espace/compte");
            browser.screenshot(shot + "compte", width);
            browser.click("a[href='/espace/compte/coordonnees']").type("#phone", "+33 6 98 76 54 32")
                    .click("form[action='/espace/compte/coordonnees'] button");
            assertThat(browser.text()).contains("Vos coordonnées sont enregistrées", "06 98 76 54 32");
            browser.open("/espace/compte/adresse");
            browser.screenshot(shot + "compte-adresse", width);
        }
    }

    /**
     * The 320 px check itself: an amount in a box scrolled sideways, a link out of the screen or a page wider than the
     * screen fails it. The page's Content-Security-Policy refuses inline style attributes, so the test styles what it adds
     * through the DOM; the box takes the keyboard focus so that axe's own rule on scrolling regions passes and this check
     * is the one that fails.
     */
    @Test
    void the_phone_check_fails_on_an_amount_or_an_action_hidden_sideways() {
        try (Browser browser = signedIn(375)) {
            browser.open("/espace");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("const box = document.createElement('div'); box.style.overflowX = 'auto'; box.tabIndex = 0;"
                    + "const wide = document.createElement('div'); wide.style.width = '900px';"
                    + "const amount = document.createElement('span'); amount.style.marginLeft = '100px'; amount.textContent = '12,50 €';"
                    + "wide.appendChild(amount); box.appendChild(wide); document.querySelector('main').appendChild(box);");
            assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("12,50 €").hasMessageContaining("défile de côté");

            browser.open("/espace");
            js.executeScript("const link = document.createElement('a'); link.href = '/espace'; link.textContent = 'Payer';"
                    + "link.style.position = 'relative'; link.style.left = '-500px';"
                    + "const line = document.createElement('p'); line.appendChild(link); document.querySelector('main').appendChild(line);");
            assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("Payer").hasMessageContaining("hors de l'écran");

            // a phone's emulated viewport must not zoom a too-wide page out to fit it: the page still scrolls sideways
            browser.open("/espace");
            js.executeScript("const wide = document.createElement('p'); wide.style.width = '400px'; wide.textContent = 'Large';"
                    + "document.querySelector('main').appendChild(wide);");
            assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("scrolls sideways at 320 px").hasMessageContaining("p (");
        }
    }

    /**
     * The axe runs themselves: a WCAG violation fails the check at the screen's own width, and a region that scrolls
     * without keyboard access only at 320 px fails the run made at that width.
     */
    @Test
    void the_axe_check_fails_on_a_violation_at_the_screens_width_and_at_320_px() {
        try (Browser browser = signedIn(375)) {
            browser.open("/espace");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("document.querySelector('main').appendChild(document.createElement('img'));");
            assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("image-alt").hasMessageNotContaining("at 320 px");

            // a page of another tab does not come with axe: it gets it before its check
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.open("/espace");
            js.executeScript("document.querySelector('main').appendChild(document.createElement('img'));");
            assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("image-alt");

            // as wide as the box is at 375 px: it only scrolls on a narrower screen
            browser.open("/espace");
            js.executeScript("const box = document.createElement('div'); box.style.overflowX = 'auto';"
                    + "document.querySelector('main').appendChild(box);"
                    + "const wide = document.createElement('div'); wide.style.width = box.clientWidth + 'px'; wide.textContent = 'Large';"
                    + "box.appendChild(wide);");
            assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("at 320 px: scrollable-region-focusable");
        }
    }
}
