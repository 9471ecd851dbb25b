package fr.espacefamille.bootstrap;

import static fr.espacefamille.domain.canteen.MealCharge.CARENCE_DAY;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.domain.canteen.MealCharge.UNBOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/** Billing in a real browser, without JavaScript of ours, with an accessibility check (axe) of every page. */
class BillingBrowserTest {

    static BillingTown town;
    static Browser browser;

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        town.demoTariffs();
        browser = new Browser(town.portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        town.close();
    }

    private static void signInAs(String token) {
        browser.open("/tarifs");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("famille_session", token));
    }

    @Test
    void finance_staff_preview_and_issue_a_month_then_record_a_cheque_and_the_parent_sees_what_is_left() {
        CreatedFamily martin = town.family("Martin", 450, true, null, 1);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 1), 12, BOOKED_MEAL);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 14), 1, UNBOOKED_MEAL);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 15), 1, CARENCE_DAY);

        browser.open("/connexion").type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD).click("button[type=submit]");
        browser.open("/agents/facturation");
        new Select(browser.find("#regie")).selectByValue("SCHOOL");
        browser.set("#month", "2026-09");
        browser.click("button[name=issue][value=false]");
        assertThat(browser.text()).contains("Brouillon prêt : 1 facture pour 15,50 €", "Ceci est un brouillon");
        browser.click("button[name=issue][value=true]");
        assertThat(browser.text()).contains("Le brouillon compte 1 facture pour un total de 15,50 €", "ne peut pas être annulée");
        browser.click("button[name=issue][value=true]");
        assertThat(browser.text()).contains("1 facture émise pour 15,50 €");
        browser.click("tbody a");
        assertThat(browser.text()).contains("Enregistrer un paiement", "Émettre un avoir", "Famille Martin");
        new Select(browser.find("#method")).selectByValue("CHEQUE");
        browser.type("#amount", "5,50").type("#reference", "0012345");
        browser.click("form[action$=paiements] button[type=submit]");
        assertThat(browser.text()).contains("Paiement de 5,50 € enregistré", "Partiellement payée", "0012345");
        browser.open("/agents/factures?etat=PARTIALLY_PAID");
        assertThat(browser.text()).contains("Martin");
        browser.open("/agents/tarifs");
        browser.open("/agents/familles/" + martin.id() + "/facturation");

        signInAs(town.parent(martin, "claire.martin"));
        browser.open("/espace/factures");
        assertThat(browser.text()).contains("Mes factures", "Reste à payer : 10,00 €");
        browser.click("tbody a");
        assertThat(browser.text()).contains("Repas réservés", "Jour de carence", "Payer 10,00 € par carte");
    }

    @Test
    void everyone_reads_the_tariffs() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/tarifs");
        assertThat(browser.text()).contains("Restauration scolaire", "Multi-accueil « Bout d'chou »", "0,0619 %");
    }
}
