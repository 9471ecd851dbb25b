package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.bootstrap.NurseryHouseholds.Household;

/**
 * The nursery's pages in a real browser without relying on JavaScript, each checked with axe: a
 * parent books, cancels with the billing warning and reports an absence; an agent records an
 * arrival at the door and gets a field error on the settings form. The clock is Tuesday
 * 1 September 2026, 8:00.
 */
class NurseryJourneyBrowserTest {

    static TestPortal portal;
    static Browser browser;
    static Household family;
    static final String AGENT_PASSWORD = "Agent-Creche-Donges-2026";

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-01T08:00:00+02:00");
        String admin = portal.admin();
        NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/admin/agents", admin, Map.of("username", "agent.creche",
                "password", AGENT_PASSWORD, "email", "creche@mairie.example.fr", "role", "NURSERY_AGENT")));
        String agent = portal.signIn("agent.creche", AGENT_PASSWORD);
        family = new NurseryHouseholds(portal, agent).occasional("Martin");
        NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/admin/children/" + family.childId() + "/enrolments", agent,
                Map.of("service", "NURSERY_REGULAR", "from", "2026-09-01", "to", "2027-06-30", "congesWeeks", List.of(),
                        "schedule", Map.of("MONDAY", Map.of("start", "08:30", "end", "17:00"), "TUESDAY", Map.of("start", "08:30", "end", "17:00")))));
        browser = new Browser(portal.url(""));
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    private static String slotButton(String date, String period) {
        return "form:has(input[name=date][value='" + date + "']):has(input[name=period][value=" + period + "]) button";
    }

    @Test
    void a_parent_books_cancels_and_reports_an_absence_and_an_agent_records_an_arrival() {
        browser.open("/connexion?retour=/espace/creche").type("#login", family.username()).type("#password", NurseryHouseholds.PASSWORD)
                .click("button[type=submit]");
        assertThat(browser.path()).startsWith("/espace/creche");
        assertThat(browser.text()).contains("Multi-accueil « Bout d'chou »", "Créneaux des quatre semaines à venir", "20 places libres");

        browser.click(slotButton("2026-09-10", "MORNING"));
        assertThat(browser.text()).contains("Accueil réservé le jeudi 10 septembre 2026 (matin).");
        browser.click(slotButton("2026-09-02", "AFTERNOON"));
        assertThat(browser.text()).contains("Accueil réservé le mercredi 2 septembre 2026 (après-midi).", "Annuler (sera facturée)");
        assertThat(browser.find("#creneaux").getText()).as("Monday is under contract").contains("lundi 7 septembre 2026 Contrat Contrat");

        browser.click("tbody tr:first-child a[href*='/annuler']");
        assertThat(browser.text()).contains("Annuler un accueil", "Cette annulation vous sera facturée");
        browser.click("button.danger");
        assertThat(browser.text()).contains("Accueil annulé. L'annulation intervenant moins de 48 heures avant, il vous sera facturé.");

        browser.open("/espace/creche/absence?enfant=" + family.childId());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Le formulaire contient des erreurs", "Choisissez le motif de l'absence.");
        browser.set("#from", "2026-09-07").set("#to", "2026-09-09");
        new org.openqa.selenium.support.ui.Select(browser.find("#reason")).selectByValue("FAMILY_EVENT");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Absence enregistrée du lundi 7 septembre 2026", "accueil signalés");
        browser.screenshot("creche-accueil-320", 320);
        browser.open("/espace/creche/absence?enfant=" + family.childId());
        assertThat(browser.text()).as("each day of a past absence says how it is billed")
                .contains("Absences signalées de Tom", "Du lundi 7 septembre 2026 au mercredi 9 septembre 2026",
                        "lundi 7 septembre : facturé (8 h 30)", "mardi 8 septembre : facturé (8 h 30)");
        browser.screenshot("creche-absences-320", 320);

        browser.click("header form button.link");
        browser.open("/connexion?retour=/agents/creche/pointage").type("#login", "agent.creche").type("#password", AGENT_PASSWORD)
                .click("button[type=submit]");
        assertThat(browser.text()).contains("Pointage du mardi 1er septembre 2026", "Tom Martin", "Contrat");
        browser.click("form[action$='/arrivee'] button");
        assertThat(browser.text()).contains("Arrivée : 8 h");

        browser.open("/agents/creche/parametres").set("#closures", "2026-12-24");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Paramètres enregistrés.", "jeudi 24 décembre 2026");
        for (String page : List.of("/agents/creche", "/agents/creche/contrats", "/agents/creche/attente",
                "/agents/creche/inscription?q=martin", "/agents/creche/inscription/" + family.childId())) {
            browser.open(page);
        }
        assertThat(browser.text()).contains("Inscrire Tom Martin au multi-accueil", "Accueil régulier (contrat)");
    }
}
