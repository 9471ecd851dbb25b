package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.AccountApiTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parent's first days in a real browser, with an accessibility check of every page, errors
 * included: creating the space with the key, the details page, a forgotten password; then the
 * agent who accepts the new address.
 */
class ParentJourneyBrowserTest {

    private static final String NEW_PASSWORD = "Bruyere-Cormoran-Estuaire-7";

    static TestPortal portal;
    static Browser browser;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    @Test
    void a_parent_creates_the_space_keeps_details_up_to_date_and_recovers_the_password() {
        JsonNode family = AccountApiTest.family(portal, portal.agent("SCHOOL_AGENT"));

        browser.open("/").click("a[href='/activation']");
        browser.type("#key", "ABCD-EFGH-JKMN").type("#username", "claire.martin").type("#email", "claire@example.fr")
                .type("#password", PASSWORD).type("#passwordConfirmation", PASSWORD).click("form.form button[type=submit]");
        assertThat(browser.find("#key-error").getText()).contains("Cette clé d'activation n'est pas valable");
        browser.type("#key", AccountApiTest.key(family, 0).toLowerCase()).type("#password", PASSWORD)
                .type("#passwordConfirmation", PASSWORD).click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/espace");
        assertThat(browser.text()).contains("Votre espace est créé", "Bonjour Claire", "Léa");

        browser.click("a[href='/espace/compte']").click("a[href='/espace/compte/adresse']");
        browser.type("#line1", "8 route de Savenay").type("#postcode", "4426").type("#city", "Malville")
                .click("form[action='/espace/compte/adresse'] button");
        assertThat(browser.find("#postcode-error").getText()).contains("5 chiffres");
        browser.type("#postcode", "44260").click("form[action='/espace/compte/adresse'] button");
        assertThat(browser.text()).contains("transmise à la mairie", "8 route de Savenay, 44260 Malville");
        browser.click("a[href='/espace/compte/coordonnees']").type("#phone", "+33 6 98 76 54 32")
                .click("form[action='/espace/compte/coordonnees'] button");
        assertThat(browser.text()).contains("Vos coordonnées sont enregistrées", "06 98 76 54 32");
        browser.click("form[action='/deconnexion'] button");

        browser.open("/connexion").click("a[href='/mot-de-passe/oublie']");
        browser.type("#login", "claire@example.fr").click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/connexion");
        assertThat(browser.text()).contains("un message vient de partir");
        browser.open("/mot-de-passe/reinitialiser?token=" + Outbox.lastResetToken(portal, "claire@example.fr"));
        browser.type("#password", "azertyuiop123").type("#passwordConfirmation", "azertyuiop123").click("form.form button[type=submit]");
        assertThat(browser.find("#password-error").getText()).contains("courants");
        browser.type("#password", NEW_PASSWORD).type("#passwordConfirmation", NEW_PASSWORD).click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Votre mot de passe est changé", "claire.martin");
        browser.type("#login", "claire.martin").type("#password", NEW_PASSWORD).click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/espace");
        browser.click("form[action='/deconnexion'] button");
    }

    @Test
    void an_agent_accepts_a_new_address_from_the_pending_changes_page() {
        JsonNode family = AccountApiTest.family(portal, portal.agent("SCHOOL_AGENT"));
        AccountApiTest.activate(portal, AccountApiTest.key(family, 0), "julie.m", PASSWORD);
        String request = portal.call("PATCH", "/api/v1/me/contact", portal.signIn("julie.m", PASSWORD), Map.of("address",
                Map.of("line1", "1 rue du Port", "postcode", "44480", "city", "Donges"))).json().get("pendingAddress").get("id").asText();

        browser.open("/connexion").type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD).click("form.form button[type=submit]");
        browser.click("a[href='/agents/adresses']");
        assertThat(browser.text()).contains("1 rue du Port, 44480 Donges");
        browser.click("form[action='/agents/adresses/" + request + "/accepter'] button");
        assertThat(browser.text()).contains("Nouvelle adresse enregistrée");
        browser.open("/agents/familles/" + family.get("id").asText());
        // one guardian still without an account: his own letter is offered, not the whole family's
        assertThat(browser.text()).contains("1 rue du Port, 44480 Donges", "Imprimer une nouvelle lettre de clé")
                .doesNotContain("Imprimer les lettres de clé de tout le foyer");
        browser.click("form[action='/deconnexion'] button");
    }
}
