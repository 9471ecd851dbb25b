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
                .type("#c1First", "Malo").type("#c1Last", "Nguyen").set("#c1Birth", "2020-09-21");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Foyer Nguyen créé", "Clés d'activation");
        assertThat(browser.find(".key").getText()).matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}");

        browser.open("/agents/familles?q=helene");
        assertThat(browser.text()).contains("Nguyen", "Malo Nguyen");
        browser.click("tbody a");
        assertThat(browser.text()).contains("Quotient familial : 980", "Hélène Nguyen");
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
}
