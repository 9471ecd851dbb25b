package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import fr.espacefamille.bootstrap.PaymentTown.Billed;

/**
 * A parent pays an invoice in a real browser: « Payer », the signed form sent on by the small
 * static script, the simulator's « Payer », and the return page showing the invoice paid as the
 * notification recorded it. Every page is checked by axe.
 */
class PaymentBrowserTest {

    @Test
    void payer_then_the_simulator_s_payer_then_the_return_page_shows_the_invoice_paid() {
        try (BillingTown town = new BillingTown("2026-10-02T09:00:00+02:00"); Browser browser = new Browser(town.portal.url(""))) {
            town.demoTariffs();
            payInTheBrowser(town, browser);
        }
    }

    private static void payInTheBrowser(BillingTown town, Browser browser) {
        PaymentTown payments = new PaymentTown(town);
        Billed billed = payments.billed("Martin", "2026-09");
        browser.open("/tarifs");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("famille_session", billed.parent()));

        browser.open("/espace/factures/" + billed.invoice());
        assertThat(browser.text()).contains("Payer 3,00 € par carte", "Paiements simulés — mode démonstration");
        browser.find("form[action$=payer] button").click();
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/paybox/simulateur"));
        browser.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Simulateur de paiement"));
        browser.checkAccessibility();
        assertThat(browser.text()).contains("3,00 €", "Mairie de Donges", "Refuser", "Annuler");

        browser.click("button[value=PAY]");
        assertThat(browser.path()).startsWith("/espace/paiement/effectue?ref=AS2026");
        assertThat(browser.text()).contains("Paiement accepté", "Payée", "Reste à payer : 0,00 €");
        assertThat(payments.invoice(billed).get("status").asText()).isEqualTo("PAID");

        browser.click("a.button.secondary");
        assertThat(browser.text()).contains("Payée").doesNotContain("par carte");
    }
}
