package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The staff journey in a real browser, with an accessibility check of every page. */
class StaffJourneyBrowserTest {

    static TestPortal portal;
    static Browser browser;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-01T08:00:00+02:00");
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    @Test
    void an_agent_signs_in_and_creates_a_family() {
        browser.open("/");
        assertThat(browser.text()).contains("Bienvenue sur l'Espace Famille", "Paiements simulés — mode démonstration");
        browser.open("/connexion").type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD).click("button[type=submit]");
        assertThat(browser.path()).isEqualTo("/agents");

        browser.open("/agents/familles/nouvelle")
                .type("#name", "Nguyen").type("#line1", "3 allée des Mouettes").type("#postcode", "44480").type("#city", "Donges")
                .type("#quotient", "980").type("#g1First", "Hélène").type("#g1Last", "Nguyen").type("#g1Email", "helene@example.fr")
                .type("#resources", "28 500").type("#dependents", "2").click("#disabled")
                .type("#c1First", "Malo").type("#c1Last", "Nguyen").set("#c1Birth", "2020-09-21");
        browser.screenshot("staff-new-family", 1280);
        browser.screenshot("staff-new-family-320", 320);
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Foyer Nguyen créé", "Clés d'activation");
        assertThat(browser.find(".key").getText()).matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}");

        browser.open("/agents/familles?q=helene");
        assertThat(browser.text()).contains("Nguyen", "Malo Nguyen");
        browser.click("tbody a");
        assertThat(browser.text()).contains("quotient familial 980", "Hélène Nguyen");
        assertThat(browser.find("#resources").getAttribute("value")).as("the resources typed in « Nouveau foyer »").isEqualTo("28500,00");
        assertThat(browser.find("#dependents").getAttribute("value")).isEqualTo("2");
        assertThat(browser.find("#disabled").isSelected()).isTrue();
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url("/connexion")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("login=admin&password=" + TestPortal.ADMIN_PASSWORD)).build();
        var response = portal.http().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Le formulaire a expiré");
        assertThat(response.headers().allValues("set-cookie")).noneMatch(c -> c.startsWith("famille_session"));
    }

    private static void signInAsAdmin() {
        browser.open("/connexion");
        if (browser.path().equals("/connexion")) {
            browser.type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD).click("form.form button[type=submit]");
        }
    }

    /**
     * Issue 14's staff points at 1280 px, axe on every page: the family hub and its edit form, acting
     * for the family (a canteen day booked past its deadline, an absence), the key letter's confirmation,
     * the attendance of the whole class in one submit, the waiting list and the news.
     */
    @Test
    void an_agent_works_from_the_family_hub_acts_for_the_family_and_manages_the_news() {
        String admin = portal.admin();
        CanteenTown town = new CanteenTown(portal);
        signInAsAdmin();

        browser.open("/agents/familles/" + town.martin);
        assertThat(browser.text()).contains("Dans ce dossier", "Factures et prélèvement", "Léa Martin", "Adresse et ressources du foyer");
        browser.screenshot("staff-family-hub", 1280);
        browser.type("#resources", "36000").click("form[action='/agents/familles/" + town.martin + "'] button[type=submit]");
        assertThat(browser.text()).contains("Dossier du foyer enregistré");
        assertThat(portal.call("GET", "/api/v1/admin/families/" + town.martin, admin, null).json().get("annualResourcesCents").asLong())
                .isEqualTo(3_600_000L);

        browser.click("a[href$='/enfants/" + town.lea + "']");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Vous agissez pour le foyer Martin", "Cantine, du lundi 31 août 2026");
        browser.screenshot("staff-act-for-family", 1280);
        browser.click("form[action$='/cantine'] button");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Repas réservé pour Léa");
        CanteenTown.expect(portal.call("PUT", "/api/v1/children/" + town.lea + "/canteen/2026-09-03", admin, null), 200);
        browser.set("#from", "2026-09-03").set("#to", "2026-09-03");
        browser.click("form[action$='/absence'] button[type=submit]");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Absence de Léa enregistrée");

        // Martin's guardians have their accounts: the hub offers no letter, the confirmation page still guards a reprint
        String guardian = portal.call("GET", "/api/v1/admin/families/" + town.martin, admin, null).json().get("guardians").get(0)
                .get("id").asText();
        browser.open("/agents/responsables/" + guardian + "/cle");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("annule la clé actuelle", "Retour au dossier sans rien changer");
        browser.screenshot("staff-key-letter-confirm", 1280);

        browser.open("/agents/cantine/pointage?ecole=" + town.pasteur + "&date=2026-09-01");
        assertThat(browser.find("#p-" + town.lea).isSelected()).as("« Tous présents »: the booked child is ticked").isTrue();
        browser.click("#p-" + town.lea);
        browser.click("#pointage button[type=submit]");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Pointage enregistré", "pointé absent");
        browser.screenshot("staff-attendance", 1280);

        browser.open("/agents/cantine/annees?annee=2026-2027");
        assertThat(browser.text()).contains("Toussaint : du 17/10/2026 au 01/11/2026", "18/09/2026", "Vacances scolaires",
                "Jours de fermeture exceptionnelle");
        assertThat(browser.find("#vacances-du-1").getAttribute("value")).isEqualTo("2026-10-17");
        browser.screenshot("staff-school-years", 1280);
        browser.screenshot("staff-school-years-320", 320);
        browser.open("/agents/creche/parametres");
        browser.screenshot("staff-nursery-settings", 1280);
        browser.open("/agents/familles?q=martin");
        assertThat(browser.find("tbody td").getAttribute("data-label")).as("a staff table read as cards on a phone").isNotBlank();
        browser.screenshot("staff-family-search-320", 320);

        browser.open("/agents/creche/attente");
        assertThat(browser.text()).contains("Listes d'attente");

        browser.open("/agents/actualites");
        browser.type("#title", "Semaine du goût").type("#body", "Une saveur par jour.").set("#publishedOn", "2026-09-01");
        browser.click("form[enctype] button[type=submit]");
        browser.checkAccessibility();
        assertThat(browser.text()).contains("Actualité publiée.", "Semaine du goût", "Modifier", "Retirer");
        browser.screenshot("staff-news", 1280);
        browser.click("a[href^='/agents/actualites/']");
        browser.checkAccessibility();
        browser.type("#title", "Semaine du goût 2026").click("form[enctype] button[type=submit]");
        assertThat(browser.text()).contains("Actualité modifiée.", "Semaine du goût 2026");
        browser.click("form[action$='/retirer'] button");
        assertThat(browser.text()).contains("retirée");
    }
}
