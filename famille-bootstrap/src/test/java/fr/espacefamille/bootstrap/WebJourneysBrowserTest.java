package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;
import fr.espacefamille.domain.family.ChildId;

/**
 * The two everyday journeys in a real browser, every page checked by axe-core (Browser.open and
 * click): a parent's week from the dashboard to a paid invoice, and an agent's day from a new
 * family to a billing run. Screenshots of the dashboard and the canteen month at phone width go to
 * {@code target/screenshots}.
 */
class WebJourneysBrowserTest {

    private static final String FINANCE_PASSWORD = "Finance-Donges-2026!";

    static BillingTown billing;
    static CanteenTown canteen;
    static Browser browser;
    static String invoice;

    @BeforeAll
    static void start() {
        billing = new BillingTown(CanteenTown.CLOCK);
        billing.demoTariffs();
        canteen = new CanteenTown(billing.portal);
        TestPortal portal = billing.portal;
        // Léa (8) is past the nursery's ages (SPEC §3): the nursery's own journeys cover booking a slot
        // today's meal, booked at the counter: its deadline has passed, so only an absence can excuse it
        CanteenTown.expect(portal.call("PUT", "/api/v1/children/" + canteen.lea + "/canteen/2026-09-07", canteen.agent, null), 200);
        CreatedFamily martin = new CreatedFamily(canteen.martin, List.of(canteen.lea), List.of(), List.of());
        billing.meals(martin.child(0), LocalDate.parse("2026-08-03"), 3, BOOKED_MEAL);
        // July is left for the agent's billing run, on another family than the parent's
        billing.meals(ChildId.parse(canteen.malo).orElseThrow(), LocalDate.parse("2026-07-02"), 2, BOOKED_MEAL);
        invoice = BillingTown.invoiceOf(billing.run("SCHOOL", "2026-08", true), martin);
        expect(201, portal.call("POST", "/api/v1/admin/agents", portal.admin(), Map.of("username", "finances", "password",
                FINANCE_PASSWORD, "email", "finances@mairie.example.fr", "role", "FINANCE_AGENT")));
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        billing.close();
    }

    private static void signIn(String login, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/connexion").type("#login", login).type("#password", password).click("form.form button[type=submit]");
    }

    @Test
    void a_parent_books_the_canteen_reports_an_absence_books_the_nursery_and_pays_an_invoice() throws IOException {
        signIn(canteen.claireLogin.username(), canteen.claireLogin.password());
        assertThat(browser.path()).isEqualTo("/espace");
        assertThat(browser.text()).contains("Mon espace", "Léa : 1 jour réservé cette semaine",
                "à payer avant le 15 octobre");
        browser.screenshot("parent-dashboard", 375);

        browser.click("a[href='/espace/cantine'].button");
        browser.click("a.button");
        assertThat(browser.text()).contains("Cantine de Léa", "septembre 2026");
        browser.open("/espace/enfants/" + canteen.lea + "/cantine/semaine-type").set("#du", "2026-09-07").set("#au", "2026-09-25");
        browser.find("#periode-dates").click();
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("repas réservés", "jour choisi tombe pendant des vacances");

        Path certificate = Folders.temporaryFile("certificat", ".pdf");
        Files.write(certificate, CanteenTown.PDF);
        browser.open("/espace/enfants/" + canteen.lea + "/cantine/absence").set("#du", "2026-09-07").set("#au", "2026-09-08");
        browser.find("#motif").sendKeys("Maladie");
        browser.find("#certificat").sendKeys(certificate.toString());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Absence enregistrée", "lundi 7 septembre : repas facturé (jour de carence)");
        browser.open("/espace/enfants/" + canteen.lea + "/cantine?mois=2026-09");
        browser.screenshot("canteen-month", 375);

        browser.open("/espace");
        assertThat(browser.text()).contains("jours réservés cette semaine", "1 document déposé");
        browser.click("h2 a[href='/espace/factures']");
        browser.click("a[href='/espace/factures/" + invoice + "']");
        browser.find("form[action$=payer] button").click();
        browser.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Simulateur de paiement"));
        browser.checkAccessibility();
        browser.click("button[value=PAY]");
        assertThat(browser.text()).contains("Paiement accepté", "Payée");
        browser.open("/espace");
        assertThat(browser.text()).contains("Rien à payer");
        browser.click("form[action='/deconnexion'] button");
    }

    @Test
    void an_agent_creates_a_family_prints_its_key_letter_takes_attendance_and_issues_a_billing_run() throws Exception {
        signIn("admin", TestPortal.ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/agents");
        assertThat(browser.text()).contains("À traiter", "Cantine aujourd'hui", "Factures en retard");
        browser.click("a[href='/agents/familles']");
        browser.open("/agents/familles/nouvelle")
                .type("#name", "Rousseau").type("#line1", "5 quai de la Loire").type("#postcode", "44480").type("#city", "Donges")
                .type("#quotient", "620").type("#g1First", "Inès").type("#g1Last", "Rousseau").type("#g1Email", "ines@example.fr")
                .type("#c1First", "Noé").type("#c1Last", "Rousseau").set("#c1Birth", "2019-02-11");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Foyer Rousseau créé");
        browser.open("/agents/familles?q=rousseau");
        browser.click("tbody a");
        browser.click("a[href$='/cle']");
        assertThat(browser.text()).contains("annule la clé actuelle");
        String letters = browser.find("form[action$='/cle']").getAttribute("action");
        String csrf = browser.find("form[action$='/cle'] input[name=_csrf]").getAttribute("value");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> pdf = billing.portal.http().send(HttpRequest.newBuilder(URI.create(letters))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.open("/agents");
        browser.click("a[href='/agents/cantine'].button");
        browser.click("a[href*='ecole=" + canteen.pasteur + "']");
        if (!browser.find("#p-" + canteen.lea).isSelected()) {
            browser.click("#p-" + canteen.lea);
        }
        browser.click("#pointage button[type=submit]");
        assertThat(browser.text()).contains("Pointage enregistré", "pointé présent");
        assertThat(browser.find("#p-" + canteen.lea).isSelected()).isTrue();

        signIn("finances", FINANCE_PASSWORD);
        browser.open("/agents/facturation").set("#month", "2026-07");
        browser.click("button[name=issue][value=true]");
        browser.click("button[name=issue][value=true]");
        assertThat(browser.text()).contains("Affaires scolaires — Juillet 2026", "1 facture émise");
        browser.click("form[action='/deconnexion'] button");
    }

    @Test
    void an_administrator_publishes_a_rules_document_that_a_visitor_then_finds() throws IOException {
        signIn("admin", TestPortal.ADMIN_PASSWORD);
        browser.click("a[href='/agents/reglements']");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).as("sent without a title nor a file").contains("Indiquez le titre du règlement.",
                "Choisissez le service concerné.", "Choisissez un fichier PDF.");
        browser.screenshot("staff-rules-without-file", 320);
        Path rules = Folders.temporaryFile("reglement", ".pdf");
        Files.write(rules, RulesApiTest.PDF);
        browser.type("#title", "Règlement de la restauration scolaire");
        new org.openqa.selenium.support.ui.Select(browser.find("#service")).selectByVisibleText("Restauration scolaire");
        browser.find("#file").sendKeys(rules.toString());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Règlement « Règlement de la restauration scolaire » publié.", "Retirer");

        browser.driver().manage().deleteAllCookies();
        browser.open("/reglements");
        assertThat(browser.text()).contains("Règlement de la restauration scolaire", "Restauration scolaire", "Télécharger");
        browser.screenshot("public-rules", 375);
    }

    @Test
    void swagger_ui_renders_the_api_document_under_the_content_security_policy() {
        // a browser of its own: nothing left by the journeys (a session, a page still loading) reaches the developers' page
        try (Browser docs = new Browser(billing.portal.url(""))) {
            // checked once Swagger UI has laid out its some 130 operations (Browser.open)
            docs.open("/api/v1/docs");
            // the title is written by Swagger UI's script from the document: both ran under the page's CSP
            assertThat(docs.find(".swagger-ui .info .title").getText()).contains("Espace Famille");
        }
    }
}
