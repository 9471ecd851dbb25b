package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canteen's parent and staff journeys in a real browser without any script of ours, with an
 * accessibility check (axe-core, WCAG 2.1 AA) of every page visited.
 */
class CanteenBrowserTest {

    static TestPortal portal;
    static CanteenTown town;
    static Browser browser;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2(CanteenTown.CLOCK);
        town = new CanteenTown(portal);
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    private static void signIn(String login, String password, String target) {
        browser.open("/deconnexion".equals(target) ? "/" : "/connexion?retour=" + target)
                .type("#login", login).type("#password", password).click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo(target);
    }

    @Test
    void a_parent_books_a_week_reports_an_absence_and_keeps_the_certificate() throws IOException {
        signIn(town.claireLogin.username(), town.claireLogin.password(), "/espace/cantine");
        assertThat(browser.text()).contains("Léa Martin");

        browser.click("a.button");
        assertThat(browser.text()).contains("Cantine de Léa", "septembre 2026");
        browser.click("#j-2026-09-08 button");
        assertThat(browser.text()).contains("Repas du mardi 8 septembre réservé.");
        assertThat(browser.find("#j-2026-09-08").getText()).contains("Repas réservé", "Annuler");

        browser.open("/espace/enfants/" + town.lea + "/cantine/semaine-type").set("#du", "2026-09-14").set("#au", "2026-09-25");
        browser.find("#periode-dates").click();
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("7 repas réservés", "1 jour choisi tombe pendant des vacances");

        CanteenTown.expect(portal.call("PUT", "/api/v1/children/" + town.lea + "/canteen/2026-09-07", town.agent, null), 200);
        Path certificate = Folders.temporaryFile("certificat", ".pdf");
        Files.write(certificate, CanteenTown.PDF);
        browser.open("/espace/enfants/" + town.lea + "/cantine/absence").set("#du", "2026-09-07").set("#au", "2026-09-15");
        browser.find("#motif").sendKeys("Maladie");
        browser.find("#certificat").sendKeys(certificate.toString());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Absence enregistrée", "lundi 7 septembre : repas facturé (jour de carence)",
                "Repas simplement annulés", "mardi 8 septembre", "lundi 14 septembre");

        browser.open("/espace/documents");
        assertThat(browser.text()).contains("Certificat médical");
        browser.open("/menus");
    }

    @Test
    void staff_check_attendance_count_meals_and_publish_menus() {
        signIn("admin", TestPortal.ADMIN_PASSWORD, "/agents/cantine");
        browser.click("a[href*='ecole=" + town.pasteur + "']");
        assertThat(browser.text()).contains("Pointage", "Martin Léa", "Nguyen Malo");
        // one form for the class: Malo ticked present, then the whole class saved at once
        if (!browser.find("#p-" + town.malo).isSelected()) {
            browser.click("#p-" + town.malo);
        }
        browser.click("#pointage button[type=submit]");
        assertThat(browser.find("#p-" + town.malo).isSelected()).isTrue();

        browser.open("/agents/cantine/effectifs?du=2026-09-07&au=2026-09-18");
        assertThat(browser.text()).contains("École Louis Pasteur", "définitif");
        browser.open("/agents/cantine/annees?annee=2026-2027");
        browser.open("/agents/cantine/inscriptions?ecole=" + town.pasteur);
        assertThat(browser.text()).contains("Nguyen Malo", "Inscrire");
        browser.open("/agents/cantine/menus?semaine=2026-09-14").type("#main-2026-09-14", "Poulet basquaise");
        browser.click("form[action='/agents/cantine/menus'] button[type=submit]");
        assertThat(browser.text()).contains("menu publié.");
        browser.open("/menus?semaine=2026-09-14");
        assertThat(browser.text()).contains("Poulet basquaise");
    }
}
