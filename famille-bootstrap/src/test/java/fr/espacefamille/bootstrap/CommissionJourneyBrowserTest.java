package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The commission in a real browser, axe on every page and screenshots at 320 px: a parent
 * pre-registers an unborn child, uploads the birth certificate and declares the birth; an agent
 * opens a session; the parent confirms; the agent allocates; the parent accepts the offer and sees
 * the new contract. Today is Monday 1 March 2027.
 */
class CommissionJourneyBrowserTest {

    static final String AGENT_PASSWORD = "Agent-Commission-Donges-2027";
    static TestPortal portal;
    static Browser browser;
    static NurseryHouseholds.Household family;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2027-03-01T09:00:00+01:00");
        NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/admin/agents", portal.admin(), Map.of("username", "agent.commission",
                "password", AGENT_PASSWORD, "email", "commission@mairie.example.fr", "role", "NURSERY_AGENT")));
        String agent = portal.signIn("agent.commission", AGENT_PASSWORD);
        family = new NurseryHouseholds(portal, agent).create("Martin");
        browser = new Browser(portal.url(""), 320);
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    private static void signIn(String login, String password, String page) {
        browser.open("/connexion?retour=" + page).type("#login", login).type("#password", password).click("button[type=submit]");
    }

    /** On a phone, the sign-out button is in the header's menu. */
    private static void signOut() {
        browser.click("header details.menu summary");
        browser.click("header details.menu form button.link");
    }

    @Test
    void an_unborn_child_is_pre_registered_born_confirmed_offered_a_place_accepted_and_under_contract() throws Exception {
        signIn("agent.commission", AGENT_PASSWORD, "/agents/creche/commission/grille");
        assertThat(browser.text()).contains("Grille de critères", "Critère 7");
        assertThat(browser.find("#label-0").getAttribute("value")).isEqualTo("Le foyer réside dans la commune");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Grille de critères enregistrée.");
        browser.screenshot("commission-grille", 320);
        signOut();

        signIn(family.username(), NurseryHouseholds.PASSWORD, "/espace/creche/pre-inscriptions/nouvelle");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Indiquez la date d'entrée souhaitée.", "Indiquez le prénom de l'enfant.");
        browser.type("#prenom", "Inès").type("#nom", "Martin").set("#naissancePrevue", "2027-03-20").set("#entree", "2027-09-06")
                .set("#arrivee-MONDAY", "08:30").set("#depart-MONDAY", "17:30").set("#arrivee-THURSDAY", "08:30").set("#depart-THURSDAY", "17:30");
        browser.find("#critere-ALL_PARENTS_WORKING").click();
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Pré-inscription d'Inès enregistrée.", "En attente de la naissance", "Vos points : 340",
                "Chaque parent du foyer travaille", "Déclarer la naissance");
        browser.screenshot("commission-pre-inscription", 320);
        String requestPage = browser.path();

        Path certificate = Folders.temporaryFile("acte-de-naissance", ".pdf");
        Files.write(certificate, "%PDF-1.7\n1 0 obj <<>> endobj\nacte\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        browser.open("/espace/documents");
        new Select(browser.find("#kind")).selectByValue("BIRTH_CERTIFICATE");
        browser.find("#file").sendKeys(certificate.toString());
        browser.click("form.form button[type=submit]");
        browser.open(requestPage).set("#naissance", "2027-02-27");
        new Select(browser.find("#acte")).selectByIndex(1);
        browser.click("form[action$='/naissance'] button");
        assertThat(browser.text()).contains("Naissance enregistrée", "En attente d'une place");
        signOut();

        signIn("agent.commission", AGENT_PASSWORD, "/agents/creche/commission");
        browser.set("#date", "2027-03-25").set("#debut", "2027-09-01").set("#fin", "2027-12-31").set("#confirmation", "2027-03-20")
                .type("#places-BABY", "1").type("#membres", "Mme la Maire, la directrice de « Bout d'chou »");
        browser.click("form[action$='/sessions'] button");
        assertThat(browser.text()).contains("Commission ouverte", "Commission du jeudi 25 mars 2027");
        String sessionPage = browser.path();
        signOut();

        signIn(family.username(), NurseryHouseholds.PASSWORD, requestPage);
        assertThat(browser.text()).contains("Commission du jeudi 25 mars 2027", "Confirmez votre demande avant le samedi 20 mars 2027");
        browser.click("form[action$='/confirmer'] button");
        assertThat(browser.text()).contains("Demande confirmée", "elle sera examinée par cette commission");
        signOut();

        signIn("agent.commission", AGENT_PASSWORD, sessionPage);
        assertThat(browser.text()).contains("Inès Martin", "340", "Confirmée");
        browser.screenshot("commission-session-ouverte", 320);
        browser.click("form[action$='/attribution'] button[type=submit]");
        assertThat(browser.text()).contains("Places attribuées", "Place proposée");
        browser.open("/agents/creche/commission/demandes?etat=OPEN&tranche=BABY");
        assertThat(browser.text()).contains("Inès Martin", "place proposée");
        signOut();

        signIn(family.username(), NurseryHouseholds.PASSWORD, requestPage);
        assertThat(browser.text()).contains("Une place vous est proposée", "mardi 9 mars 2027 à 23 h 59", "rang 1");
        browser.screenshot("commission-proposition", 320);
        browser.click("form[action$='/reponse']:has(input[value=oui]) button");
        assertThat(browser.text()).contains("Place acceptée : le contrat d'accueil régulier est créé.", "Place acceptée",
                "place proposée à partir du lundi 6 septembre 2027.", "place acceptée.");
        browser.screenshot("commission-place-acceptee", 320);

        JsonNode children = portal.call("GET", "/api/v1/children", portal.signIn(family.username(), NurseryHouseholds.PASSWORD), null).json();
        String ines = null;
        for (JsonNode child : children) {
            if (child.get("firstName").asText().equals("Inès")) {
                ines = child.get("id").asText();
            }
        }
        assertThat(ines).isNotNull();
        browser.open("/espace/creche?enfant=" + ines);
        assertThat(browser.text()).contains("Inès est en accueil régulier");
        for (String page : List.of("/espace/creche/pre-inscriptions", requestPage)) {
            browser.open(page);
        }
    }
}
