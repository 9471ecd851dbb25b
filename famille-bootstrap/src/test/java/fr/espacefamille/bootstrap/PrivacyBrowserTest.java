package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The personal-data pages in a real browser, with axe and a 320 px screenshot: a guardian's
 * « Mes données personnelles », and the administrator holding a family due for anonymisation.
 */
class PrivacyBrowserTest {

    private static final String PASSWORD = "Cl3-Solide-Donges!";
    static TestPortal portal;
    static Browser browser;
    static String username;
    static String familyName;

    @BeforeAll
    static void start() {
        TestPortal early = TestPortal.h2("2026-09-07T08:00:00+02:00");
        String admin = early.admin();
        JsonNode family = PrivacyApiTest.familyWithAToddler(early, admin);
        familyName = early.call("GET", "/api/v1/admin/families/" + family.get("id").asText(), admin, null).json().get("name").asText();
        String child = family.get("children").get(0).get("id").asText();
        assertThat(early.call("POST", "/api/v1/admin/children/" + child + "/enrolments", admin,
                Map.of("service", "NURSERY_OCCASIONAL", "from", "2026-09-07", "to", "2027-07-04")).status()).isEqualTo(201);
        username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(early, AccountApiTest.key(family, 0), username, PASSWORD).status()).isEqualTo(201);
        // due on 5 July 2030: listed from 5 June, not yet anonymised on 20 June
        portal = early.restartAt("2030-06-20T08:00:00+02:00");
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    @Test
    void a_guardian_finds_the_download_of_the_family_s_data_in_their_space() {
        browser.open("/connexion").type("#login", username).type("#password", PASSWORD).click("form.form button[type=submit]");
        browser.open("/espace");
        assertThat(browser.text()).contains("Mes données personnelles", "Télécharger mes données");
        browser.open("/espace/donnees");
        assertThat(browser.text()).contains("Télécharger les données de mon foyer (zip)", "3 ans après");
        browser.screenshot("donnees-personnelles-320", 320);
        browser.click("form[action='/deconnexion'] button");
    }

    @Test
    void the_administrator_holds_a_family_due_for_anonymisation_with_a_written_reason() {
        browser.open("/connexion").type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD).click("form.form button[type=submit]");
        browser.open("/agents");
        browser.click("a[href='/agents/conservation']");
        assertThat(browser.text()).contains(familyName, "À anonymiser à partir du vendredi 5 juillet 2030");

        browser.click(".card form.form button[type=submit]");
        assertThat(browser.text()).contains("Indiquez pourquoi les données de ce foyer sont conservées.");
        browser.screenshot("conservation-erreur-320", 320);

        browser.type(".card textarea", "Litige en cours sur la facture de juin 2027").click(".card form.form button[type=submit]");
        assertThat(browser.text()).contains("Conservé depuis le jeudi 20 juin 2030 par admin : Litige en cours sur la facture de juin 2027");
        browser.screenshot("conservation-320", 320);
        assertThat(portal.call("GET", "/api/v1/admin/retention?on=2030-06-20", portal.admin(), null).json().get(0).get("holdReason")
                .asText()).isEqualTo("Litige en cours sur la facture de juin 2027");
        browser.click("form[action='/deconnexion'] button");
    }
}
