package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.invoiceOf;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/**
 * The journey in a real browser, every page checked by axe at 320 px: a parent signs a
 * mandate on a phone; staff issue the month, generate the file, mark it executed and enter one
 * reject; the parent sees each state on the invoice. Screenshots under target/screenshots.
 */
class DirectDebitBrowserTest {

    /** Signs the browser in as the token's owner (the session cookie is set on the portal's own origin). */
    private static void as(Browser browser, String token) {
        browser.open("/contact");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("famille_session", token));
    }

    @Test
    void a_parent_signs_on_a_phone_staff_collect_execute_and_reject_and_the_parent_sees_each_state() {
        try (BillingTown town = new BillingTown("2026-10-02T09:00:00+02:00"); Browser browser = new Browser(town.portal.url(""))) {
            town.demoTariffs();
            CreatedFamily family = town.family("Lefebvre", 450, true, null, 1);
            String parent = town.parent(family, "lefebvre.parent");
            town.meals(family.child(0), LocalDate.of(2026, 9, 1), 6, BOOKED_MEAL);

            // the parent, on a phone
            browser.width(375);
            as(browser, parent);
            browser.open("/espace/factures").click("a[href='/espace/prelevement']");
            assertThat(browser.text()).contains("Souscrire au prélèvement", "FR72ZZZ123456");
            browser.type("#holder", "Camille Lefebvre").type("#iban", "FR76 3000 6000 0112 3456 7890 188");
            browser.find("#consent").click();
            browser.click("form[action='/espace/prelevement'] button[type=submit]");
            assertThat(browser.text()).contains("clé de contrôle de cet IBAN est fausse");
            browser.find("#iban").clear();
            browser.type("#iban", "fr76 3000 6000 0112 3456 7890 189");
            browser.find("#consent").click();
            browser.click("form[action='/espace/prelevement'] button[type=submit]");
            assertThat(browser.text()).contains("Mandat signé", "Affaires scolaires — Actif", "FR76 **** **** **** **** ***0 189");
            browser.screenshot("direct-debit-parent-mandate", 320);

            // staff issue September
            JsonNode run = town.run("SCHOOL", "2026-09", true);
            String invoice = invoiceOf(run, family);
            as(browser, parent);
            browser.open("/espace/factures/" + invoice);
            assertThat(browser.text()).contains("Prélèvement programmé sur le compte FR76 **** …0189").doesNotContain("par carte");

            // staff generate the file in the pages
            browser.width(1280);
            as(browser, town.finance);
            browser.open("/agents/facturation").click("a[href='/agents/prelevements']");
            new Select(browser.find("#run")).selectByValue(run.get("id").asText());
            browser.click("form[action='/agents/prelevements/fichiers'] button[type=submit]");
            assertThat(browser.text()).contains("Fichier de prélèvement généré", "16/11/2026", "Lefebvre", "Prélèvement programmé");
            browser.screenshot("direct-debit-staff-file", 320);

            as(browser, parent);
            browser.open("/espace/factures/" + invoice);
            assertThat(browser.text()).contains("Prélevé le 16/11/2026 sur le compte FR76 **** …0189");

            // staff mark it executed, then enter a reject
            as(browser, town.finance);
            browser.open("/agents/prelevements");
            browser.click("a[href^='/agents/prelevements/fichiers/']");
            browser.click("form[action$='/execute'] button");
            assertThat(browser.text()).contains("Fichier marqué exécuté", "exécuté le 02/10/2026");
            as(browser, parent);
            browser.open("/espace/factures/" + invoice);
            assertThat(browser.text()).contains("Payée", "Prélevé le 16/11/2026");

            as(browser, town.finance);
            browser.open("/agents/prelevements");
            browser.click("a[href^='/agents/prelevements/fichiers/']");
            new Select(browser.find("#reason")).selectByValue("AM04");
            browser.click("form[action$='/rejets'] button");
            assertThat(browser.text()).contains("Rejet enregistré", "AM04 Provision insuffisante");
            browser.screenshot("direct-debit-staff-reject", 320);

            browser.width(375);
            as(browser, parent);
            browser.open("/espace/factures/" + invoice);
            assertThat(browser.text()).contains("Prélèvement du 16/11/2026 rejeté : provision insuffisante", "par carte");
            browser.screenshot("direct-debit-parent-rejected", 320);
            assertThat(Outbox.to(town.portal, "lefebvre.parent@example.fr")).anySatisfy(mail ->
                    assertThat(mail.subject()).startsWith("Prélèvement rejeté"));
        }
    }
}
