package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders and yearly documents (SPEC §11–§12) in a real browser at 320 px, on the town of
 * {@link ReminderApiTest}: on 25 November 2026 the Martins' parent finds the reminder banner of
 * the unpaid canteen invoice on the dashboard; on 5 January 2027 the Petits' parent downloads
 * the 2026 tax certificate. Every page is checked by axe.
 */
class ReminderBrowserTest {

    @BeforeAll
    static void billAndLetTimePass() {
        ReminderApiTest.billAndLetTimePass();
    }

    @AfterAll
    static void stop() {
        ReminderApiTest.stop();
    }

    /** A browser at 320 px on the portal restarted at {@code clock}, signed in as {@code username}. */
    private static Browser signedInAt(String clock, String username) {
        BillingTown town = ReminderApiTest.town;
        town.portal = town.portal.restartAt(clock);
        Browser browser = new Browser(town.portal.url(""), 320);
        browser.open("/connexion").type("#login", username).type("#password", BillingTown.PASSWORD)
                .click("form.form button[type=submit]");
        return browser;
    }

    @Test
    void the_dashboard_s_banner_names_the_reminded_invoice_then_the_tax_certificate_downloads() throws Exception {
        BillingTown town = ReminderApiTest.town;
        try (Browser browser = signedInAt("2026-11-25T07:00:00+01:00", "camille.martin")) {
            String number = expect(200, town.portal.call("GET", "/api/v1/invoices/" + ReminderApiTest.invoice,
                    town.portal.signIn("camille.martin", BillingTown.PASSWORD), null)).json().get("number").asText();
            browser.open("/espace");
            assertThat(browser.text()).contains("Factures impayées").containsPattern(
                    "Relance\\s: la facture " + number + " n'est pas réglée, il reste 20,00\\s€ à payer.");
            browser.screenshot("relance-tableau-de-bord-320", 320);
        }

        try (Browser browser = signedInAt("2027-01-05T09:00:00+01:00", "ines.petit")) {
            browser.open("/espace/attestations-fiscales");
            assertThat(browser.text()).contains("Attestations fiscales", "Année 2026", "Jade Petit", "Télécharger l'attestation 2026 (PDF)");
            browser.screenshot("attestations-fiscales-320", 320);
            String href = browser.find("a[href$='2026.pdf']").getAttribute("href");
            String session = browser.driver().manage().getCookieNamed("famille_session").getValue();
            TestPortal.Response pdf = expect(200, town.page(href.substring(town.portal.url("").length()), session));
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(BillingApiTest.pdfText(pdf.bytes())).contains("Jade Petit", "article 200 quater B du code général des impôts");
        }
    }
}
