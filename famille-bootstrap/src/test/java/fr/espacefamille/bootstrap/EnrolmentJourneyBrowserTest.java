package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.espacefamille.bootstrap.TestPortal.Response;

/**
 * School enrolment online in a real browser on a 320 px phone, axe on every page (§8): a new family
 * with no key creates an applicant account and confirms it from the email, files a request with its
 * documents; staff ask for a missing document; the family completes it; staff accept; the family
 * downloads the certificate, then books the canteen for its child. Today is Monday 1 February 2027,
 * in the campaign of 2027-2028.
 */
class EnrolmentJourneyBrowserTest {

    static final String AGENT_PASSWORD = "Agent-Ecoles-Donges-2027";
    static final String PASSWORD = "Inscription-Donges-2027!";
    static TestPortal portal;
    static Browser browser;
    static String prevert;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2027-02-01T09:00:00+01:00");
        CanteenTown.expect(portal.call("POST", "/api/v1/admin/agents", portal.admin(), Map.of("username", "agent.ecoles",
                "password", AGENT_PASSWORD, "email", "ecoles@mairie.example.fr", "role", "SCHOOL_AGENT")), 201);
        String agent = portal.signIn("agent.ecoles", AGENT_PASSWORD);
        CanteenTown.created(portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Georges-Brassens")));
        prevert = CanteenTown.created(portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Jacques-Prévert")));
        CanteenTown.expect(portal.call("PUT", "/api/v1/admin/school-years/2027-2028", agent, Map.of("start", "2027-09-01",
                "end", "2028-07-05", "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(),
                "closures", List.of())), 200);
        browser = new Browser(portal.url(""), 320);
    }

    @AfterAll
    static void stop() {
        browser.close();
        portal.close();
    }

    private static void signIn(String login, String password, String page) {
        browser.open("/connexion?retour=" + page).type("#login", login).type("#password", password).click("form.form button[type=submit]");
        assertThat(browser.path()).isEqualTo(page);
    }

    /** On a phone, the sign-out button is in the header's menu. */
    private static void signOut() {
        browser.click("header details.menu summary");
        browser.click("header details.menu form button.link");
    }

    private static Path file(String name) throws Exception {
        Path path = Folders.temporaryFile(name, ".pdf");
        Files.write(path, CanteenTown.PDF);
        return path;
    }

    /** The page's answer to a GET with the browser's session, as when the family follows a download link. */
    private static Response download(String path) {
        String session = browser.driver().manage().getCookieNamed("famille_session").getValue();
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Cookie", "famille_session=" + session).GET().build());
    }

    @Test
    void a_new_family_files_a_request_completes_it_is_accepted_downloads_the_certificate_and_books_the_canteen() throws Exception {
        // staff open the campaign and upload the sector map through their pages
        signIn("agent.ecoles", AGENT_PASSWORD, "/agents/inscriptions/campagnes");
        new Select(browser.find("#annee")).selectByValue("2027-2028");
        browser.set("#ouverture", "2027-01-11").set("#fermeture", "2027-03-31").click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Campagne 2027-2028 : du 11 janvier au 31 mars 2027.", "Année 2027-2028");
        browser.screenshot("inscription-campagnes", 320);
        browser.open("/agents/inscriptions/carte-scolaire");
        Path bad = Folders.temporaryFile("carte", ".csv");
        Files.writeString(bad, "street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\nRue de la Loire;2;98;EVEN;École inconnue\n");
        browser.find("#fichier").sendKeys(bad.toString());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Ligne 3 : école inconnue « École inconnue ».", "Aucune carte scolaire");
        Path map = Folders.temporaryFile("carte", ".csv");
        Files.writeString(map, "\uFEFFstreet;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\n"
                + "Rue de la Loire;2;98;EVEN;Ecole Jacques-Prevert\n");
        browser.find("#fichier").sendKeys(map.toString());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Carte scolaire remplacée.", "2 lignes", "Rue de la Loire", "2 à 98, pairs", "École Jacques-Prévert");
        browser.screenshot("inscription-carte-scolaire", 320);
        signOut();

        // a family new to the town: no key, an applicant account confirmed from the email
        browser.open("/connexion");
        browser.click("a[href='/sans-espace']");
        browser.click("a[href='/compte/creer']");
        browser.type("#username", "nadia.benali").type("#email", "nadia.benali@example.fr").type("#password", PASSWORD)
                .type("#passwordConfirmation", PASSWORD).click("form.form button[type=submit]");
        String token = Outbox.lastConfirmationToken(portal, "nadia.benali@example.fr");
        browser.open("/compte/confirmer?token=" + token).click("form.form button[type=submit]");
        signIn("nadia.benali", PASSWORD, "/espace");
        browser.click("main a[href='/espace/inscriptions']");
        browser.click("a[href='/espace/inscriptions/nouvelle']");

        // the request, on a phone: everything missing is said at once
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("Indiquez le prénom de l'enfant.", "Indiquez la date de naissance",
                "Indiquez le numéro et la rue.", "Indiquez si l'enfant déjeunera à la cantine.");
        browser.type("#prenom", "Inès").type("#nom", "Benali").set("#naissance", "2021-05-04")
                .type("#adresse", "12 bis rue de la Loire").type("#codePostal", "44480").type("#ville", "Donges")
                .type("#r1Prenom", "Nadia").type("#r1Nom", "Benali").type("#r1Courriel", "nadia.benali@example.fr")
                .type("#r1Telephone", "06 12 34 56 78").type("#r2Prenom", "Karim").type("#r2Nom", "Benali");
        browser.find("#cantine-oui").click();
        browser.find("#justificatif").sendKeys(file("facture").toString());
        browser.set("#justificatifDate", "2026-10-15");
        browser.find("#identite").sendKeys(file("livret").toString());
        browser.screenshot("inscription-formulaire", 320);
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).as("a proof of address of more than 3 months")
                .contains("Le justificatif de domicile doit dater de moins de trois mois.", "Déjà joint");
        browser.set("#justificatifDate", "2027-01-10");
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("récapitulatif", "CP", "École Jacques-Prévert", "Nadia Benali", "Karim Benali",
                "oui, l'enfant déjeunera à la cantine");
        browser.screenshot("inscription-recapitulatif", 320);
        browser.click("button[value=envoyer]");
        assertThat(browser.text()).contains("Demande d'inscription d'Inès envoyée", "Déposée", "Justificatif de domicile",
                "daté du 10 janvier 2027");
        String requestPage = browser.path();
        String id = requestPage.substring(requestPage.lastIndexOf('/') + 1);
        browser.screenshot("inscription-demande", 320);
        signOut();

        // staff: the queue with its counts, the document opened inline, a missing document asked for
        signIn("agent.ecoles", AGENT_PASSWORD, "/agents/inscriptions");
        assertThat(browser.text()).contains("École Jacques-Prévert", "CP", "Inès Benali", "1 demande");
        browser.screenshot("inscription-file-agents", 320);
        browser.click("a[href='/agents/inscriptions/" + id + "']");
        String document = browser.find("a[href*='/pieces/']").getAttribute("href");
        Response opened = download(document.substring(document.indexOf("/agents/")));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.contentType()).startsWith("application/pdf");
        browser.screenshot("inscription-demande-agent", 320);
        browser.type("#message", "Il manque la décision sur l'autorité parentale : déposez-la, s'il vous plaît.");
        browser.click("form:has(input[value=INCOMPLETE]) button[type=submit]");
        assertThat(browser.text()).contains("Demande renvoyée à la famille pour être complétée.", "À compléter");
        signOut();

        // the family completes it
        signIn("nadia.benali", PASSWORD, requestPage);
        assertThat(browser.text()).contains("À compléter", "Message de la mairie", "autorité parentale");
        browser.click("a[href$='/modifier']");
        assertThat(browser.find("#prenom").getAttribute("value")).isEqualTo("Inès");
        assertThat(browser.text()).contains("Déjà joint");
        browser.find("#separes").click();
        browser.find("#autorite").sendKeys(file("jugement").toString());
        browser.click("form.form button[type=submit]");
        assertThat(browser.text()).contains("récapitulatif", "Parents séparés");
        browser.click("button[value=envoyer]");
        assertThat(browser.text()).contains("Demande complétée et envoyée à nouveau à la mairie.", "Déposée");
        signOut();

        // staff accept it, with the canteen
        signIn("agent.ecoles", AGENT_PASSWORD, "/agents/inscriptions/" + id);
        assertThat(browser.find("#ecole").getAttribute("value")).isEqualTo(prevert);
        assertThat(browser.find("#cantine").isSelected()).isTrue();
        browser.click("form:has(input[value=ACCEPT]) button[type=submit]");
        assertThat(browser.text()).contains("Demande acceptée : certificat n° CI-2027-000001.", "Acceptée", "Fiche du foyer");
        browser.screenshot("inscription-acceptee-agent", 320);
        signOut();

        // the family downloads the certificate, then books the canteen
        signIn("nadia.benali", PASSWORD, requestPage);
        assertThat(browser.text()).contains("Acceptée", "Télécharger le certificat d'inscription n° CI-2027-000001");
        assertThat(browser.text()).contains("Historique");
        assertThat(browser.findAll("main li").stream().map(li -> li.getText()).filter(t -> t.startsWith("lundi 1er février 2027")))
                .as("the request's history").extracting(t -> t.substring(t.lastIndexOf(':') + 1).strip())
                .containsExactly("Déposée", "À compléter", "Déposée", "Acceptée");
        browser.screenshot("inscription-certificat", 320);
        Response certificate = download(requestPage + "/certificat");
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(certificate.contentType()).startsWith("application/pdf");
        assertThat(new PdfTextExtractor(new PdfReader(certificate.bytes())).getTextFromPage(1))
                .contains("CI-2027-000001", "Inès Benali", "CP", "École Jacques-Prévert");
        browser.click("main a[href='/espace/cantine']");
        assertThat(browser.text()).contains("Inès");
        String child = browser.find("a[href*='/espace/enfants/']").getAttribute("href");
        browser.open(child.substring(child.indexOf("/espace/")) + "?mois=2027-09");
        browser.click("#j-2027-09-06 button");
        assertThat(browser.text()).contains("Repas du lundi 6 septembre réservé.");
        browser.screenshot("inscription-cantine", 320);
    }
}
