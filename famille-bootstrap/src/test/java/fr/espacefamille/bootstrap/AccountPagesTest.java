package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.AccountApiTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.PlainBrowser.Page;

/** The French pages of accounts and access, as a person uses them without JavaScript, over HTTP on H2. */
class AccountPagesTest {

    private static final String NEW_PASSWORD = "Bruyere-Cormoran-Estuaire-7";

    static TestPortal portal;
    static String agent;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
        agent = portal.agent("SCHOOL_AGENT");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** A parent signed in through the sign-in page; answers the username. */
    private static String signedInParent(PlainBrowser browser, JsonNode family) {
        String username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, PASSWORD).status()).isEqualTo(201);
        signIn(browser, username, PASSWORD);
        return username;
    }

    private static void signIn(PlainBrowser browser, String login, String password) {
        browser.get("/connexion");
        Page signedIn = browser.post("/connexion", Map.of("login", login, "password", password));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(303);
    }

    private static void assertHtml(Page page, int status) {
        assertThat(page.status()).as(page.body()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\">").doesNotContain("Exception", "java.");
    }

    @Test
    void the_activation_page_creates_the_space_shows_errors_beside_fields_and_signs_the_parent_in() {
        JsonNode family = AccountApiTest.family(portal, agent);
        PlainBrowser browser = new PlainBrowser(portal);
        Page form = browser.get("/activation");
        assertHtml(form, 200);
        assertThat(form.body()).contains("<label for=\"key\">", "<label for=\"username\">", "<label for=\"email\">",
                "<label for=\"password\">", "name=\"_csrf\"");
        String username = AccountApiTest.uniqueUsername();
        Map<String, String> fields = Map.of("key", "ABCD-EFGH-JKMN", "username", username, "email", "claire@example.fr",
                "password", PASSWORD, "passwordConfirmation", PASSWORD);

        Page wrongKey = browser.post("/activation", fields);
        assertHtml(wrongKey, 422);
        assertThat(wrongKey.body()).contains("id=\"key-error\"", "Cette clé d'activation n'est pas valable",
                "value=\"" + username + "\"").doesNotContain(PASSWORD);

        Page mismatch = browser.post("/activation", Map.of("key", AccountApiTest.key(family, 0), "username", username,
                "email", "claire@example.fr", "password", PASSWORD, "passwordConfirmation", PASSWORD + "x"));
        assertHtml(mismatch, 422);
        assertThat(mismatch.body()).contains("id=\"passwordConfirmation-error\"");

        Page weak = browser.post("/activation", Map.of("key", AccountApiTest.key(family, 0), "username", username,
                "email", "claire@example.fr", "password", "azertyuiop123", "passwordConfirmation", "azertyuiop123"));
        assertHtml(weak, 422);
        assertThat(weak.body()).contains("id=\"password-error\"", "les plus courants");

        Page created = browser.post("/activation", Map.of("key", AccountApiTest.key(family, 0), "username", username,
                "email", "claire@example.fr", "password", PASSWORD, "passwordConfirmation", PASSWORD));
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).isEqualTo("/espace");
        Page space = browser.follow(created);
        assertHtml(space, 200);
        assertThat(space.body()).contains("Votre espace est créé", "Bonjour Claire", "Mon foyer", "Léa", "14\u00a0mars 2018",
                "href=\"/espace/compte\"");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_changes_nothing() {
        JsonNode family = AccountApiTest.family(portal, agent);
        PlainBrowser browser = new PlainBrowser(portal);
        browser.get("/activation");
        String username = AccountApiTest.uniqueUsername();

        Page forged = browser.postRaw("/activation", Map.of("key", AccountApiTest.key(family, 0), "username", username,
                "email", "claire@example.fr", "password", PASSWORD, "passwordConfirmation", PASSWORD));

        assertHtml(forged, 403);
        assertThat(forged.body()).contains("Le formulaire a expiré");
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, PASSWORD).status())
                .as("the key was not used").isEqualTo(201);

        signIn(browser, username, PASSWORD);
        browser.get("/espace/compte");
        Page forgedChange = browser.postRaw("/espace/compte/mot-de-passe", Map.of("currentPassword", PASSWORD,
                "newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD, "_csrf", "forged-token-from-elsewhere"));
        assertHtml(forgedChange, 403);
        assertThat(portal.signIn(username, PASSWORD)).isNotBlank();
    }

    @Test
    void the_forgotten_password_pages_mail_a_link_that_sets_a_new_password_once() {
        PlainBrowser browser = new PlainBrowser(portal);
        String username = signedInParent(new PlainBrowser(portal), AccountApiTest.family(portal, agent));
        assertHtml(browser.get("/mot-de-passe/oublie"), 200);

        assertHtml(browser.post("/mot-de-passe/oublie", Map.of("login", " ")), 422);
        Page sent = browser.post("/mot-de-passe/oublie", Map.of("login", username));
        Page unknown = browser.post("/mot-de-passe/oublie", Map.of("login", "nobody@example.fr"));
        assertThat(sent.status()).isEqualTo(unknown.status()).isEqualTo(303);
        assertThat(sent.location()).isEqualTo(unknown.location()).isEqualTo("/connexion");
        assertThat(browser.follow(sent).body()).contains("un message vient de partir");

        String token = Outbox.to(portal, username + "@example.fr").get(0).resetToken();
        String link = "/mot-de-passe/reinitialiser?token=" + token;
        Page form = browser.get(link);
        assertHtml(form, 200);
        assertThat(form.body()).contains("name=\"token\" value=\"" + token + "\"", "<label for=\"password\">");

        Page weak = browser.post("/mot-de-passe/reinitialiser", Map.of("token", token, "password", "Motdepasse2024!",
                "passwordConfirmation", "Motdepasse2024!"));
        assertHtml(weak, 422);
        assertThat(weak.body()).contains("id=\"password-error\"");

        Page done = browser.post("/mot-de-passe/reinitialiser", Map.of("token", token, "password", NEW_PASSWORD,
                "passwordConfirmation", NEW_PASSWORD));
        assertThat(done.status()).isEqualTo(303);
        assertThat(browser.follow(done).body()).contains("Votre mot de passe est changé", username);
        assertThat(portal.signIn(username, NEW_PASSWORD)).isNotBlank();

        Page used = browser.get(link);
        assertHtml(used, 200);
        assertThat(used.body()).contains("Ce lien de réinitialisation n'est plus valable", "href=\"/mot-de-passe/oublie\"")
                .doesNotContain("name=\"password\"");
    }

    @Test
    void my_account_page_changes_contact_address_password_and_invoices_with_errors_beside_fields() {
        PlainBrowser browser = new PlainBrowser(portal);
        String username = signedInParent(browser, AccountApiTest.family(portal, agent));
        Page account = browser.get("/espace/compte");
        assertHtml(account, 200);
        assertThat(account.body()).contains(username, username + "@example.fr", "12 rue de la Loire",
                "href=\"/espace/compte/coordonnees\"", "href=\"/espace/compte/adresse\"", "href=\"/espace/compte/mot-de-passe\"",
                "href=\"/espace/compte/factures\"").doesNotContain("<form method=\"post\" action=\"/espace/compte");
        assertThat(browser.get("/espace/compte/coordonnees").body()).contains("value=\"" + username + "@example.fr\"");
        assertThat(browser.get("/espace/compte/mot-de-passe").body()).contains("<label for=\"currentPassword\">");
        assertThat(browser.get("/espace/compte/adresse").body()).contains("<label for=\"justificatif\">", "multipart/form-data");
        assertThat(browser.get("/espace/compte/factures").body()).contains("<label for=\"paperless-true\">");

        Page badEmail = browser.post("/espace/compte/coordonnees", Map.of("email", "nope", "phone", ""));
        assertHtml(badEmail, 422);
        assertThat(badEmail.body()).contains("id=\"email-error\"", "Adresse électronique invalide.");
        Page contact = browser.post("/espace/compte/coordonnees", Map.of("email", "claire.nouvelle@example.fr", "phone", "07 11 22 33 44"));
        assertThat(contact.status()).isEqualTo(303);
        assertThat(browser.follow(contact).body()).contains("Vos coordonnées sont enregistrées", "07\u00a011\u00a022\u00a033\u00a044");
        assertThat(browser.get("/espace/compte/coordonnees").body()).as("stored normalised, shown in pairs")
                .contains("value=\"07\u00a011\u00a022\u00a033\u00a044\"");

        Page badAddress = browser.post("/espace/compte/adresse", Map.of("line1", "5 place de l'Église", "line2", "",
                "postcode", "4448", "city", "Donges", "proof", ""));
        assertHtml(badAddress, 422);
        assertThat(badAddress.body()).contains("id=\"postcode-error\"", "value=\"5 place de l&#39;Église\"");
        Page address = browser.post("/espace/compte/adresse", Map.of("line1", "5 place de l'Église", "line2", "",
                "postcode", "44480", "city", "Donges", "proof", ""));
        assertThat(address.status()).isEqualTo(303);
        assertThat(browser.follow(address).body()).contains("transmise à la mairie", "en attente de la mairie",
                "5 place de l'Église, 44480 Donges");

        Page wrongCurrent = browser.post("/espace/compte/mot-de-passe", Map.of("currentPassword", "Not-My-Password-1",
                "newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD));
        assertHtml(wrongCurrent, 401);
        assertThat(wrongCurrent.body()).contains("id=\"currentPassword-error\"");
        Page weak = browser.post("/espace/compte/mot-de-passe", Map.of("currentPassword", PASSWORD,
                "newPassword", "azertyuiop123", "newPasswordConfirmation", "azertyuiop123"));
        assertHtml(weak, 422);
        assertThat(weak.body()).contains("id=\"newPassword-error\"");
        String otherSession = portal.signIn(username, PASSWORD);
        Page changed = browser.post("/espace/compte/mot-de-passe", Map.of("currentPassword", PASSWORD,
                "newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(303);
        assertHtml(browser.follow(changed), 200);
        assertThat(portal.call("GET", "/api/v1/me", otherSession, null).status()).isEqualTo(401);

        Page online = browser.post("/espace/compte/factures", Map.of("paperless", "true"));
        assertThat(online.status()).isEqualTo(303);
        assertThat(browser.follow(online).body()).contains("Vos factures seront désormais en ligne");
        assertThat(browser.get("/espace").body()).contains("Factures\u00a0: en ligne");
    }

    @Test
    void staff_print_key_letters_from_the_family_page_and_decide_address_changes() throws IOException {
        JsonNode family = AccountApiTest.family(portal, agent);
        String familyId = family.get("id").asText();
        PlainBrowser parent = new PlainBrowser(portal);
        signedInParent(parent, AccountApiTest.family(portal, agent));
        parent.get("/espace/compte");
        parent.post("/espace/compte/adresse", Map.of("line1", "8 route de Savenay", "line2", "", "postcode", "44260",
                "city", "Malville", "proof", ""));

        PlainBrowser staff = new PlainBrowser(portal);
        String agentName = "accueil" + AccountApiTest.uniqueUsername();
        assertThat(portal.call("POST", "/api/v1/admin/agents", portal.admin(), Map.of("username", agentName,
                "password", PASSWORD, "email", agentName + "@mairie.example.fr", "role", "SCHOOL_AGENT")).status()).isEqualTo(201);
        signIn(staff, agentName, PASSWORD);

        Page file = staff.get("/agents/familles/" + familyId);
        assertHtml(file, 200);
        assertThat(file.body()).contains("Imprimer une nouvelle lettre de clé", "Imprimer les lettres de clé de tout le foyer");
        Page letter = staff.post("/agents/responsables/" + family.get("guardians").get(0).get("id").asText() + "/cle", Map.of());
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        String key = AccountApiTest.keyIn(AccountApiTest.pdfText(letter.bytes(), 1));
        Page letters = staff.post("/agents/familles/" + familyId + "/lettres-de-cle", Map.of());
        assertThat(letters.contentType()).isEqualTo("application/pdf");
        assertThat(AccountApiTest.activate(portal, key, AccountApiTest.uniqueUsername(), PASSWORD).status())
                .as("the family's letters replaced the single one").isEqualTo(422);

        Page pending = staff.get("/agents/adresses");
        assertHtml(pending, 200);
        assertThat(pending.body()).contains("8 route de Savenay, 44260 Malville", "Accepter la nouvelle adresse", "Motif du refus");
        String requestId = pending.body().replaceAll("(?s).*action=\"/agents/adresses/([0-9a-f-]{36})/accepter\".*", "$1");
        Page tooLong = staff.post("/agents/adresses/" + requestId + "/refuser", Map.of("reason", "x".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("id=\"reason-" + requestId + "-error\"", "Le motif compte 500 caractères au plus.");
        Page accepted = staff.post("/agents/adresses/" + requestId + "/accepter", Map.of());
        assertThat(accepted.status()).isEqualTo(303);
        assertThat(staff.follow(accepted).body()).contains("Nouvelle adresse enregistrée").doesNotContain("8 route de Savenay");
        Page again = staff.post("/agents/adresses/" + requestId + "/refuser", Map.of("reason", "Trop tard"));
        assertThat(again.status()).as("already decided: back to the list with the message").isEqualTo(303);
        assertThat(again.location()).isEqualTo("/agents/adresses");
        assertThat(staff.follow(again).body()).contains("Cette demande de changement d'adresse a déjà été traitée.");
        assertThat(parent.get("/espace").body()).contains("8 route de Savenay, 44260 Malville");

        assertHtml(parent.get("/agents/adresses"), 403);
        assertThat(parent.post("/agents/familles/" + familyId + "/lettres-de-cle", Map.of()).status()).isEqualTo(403);
    }

    /** The review's case: « retour » decoded to {@code /\t/evil.test}, which browsers follow to evil.test. */
    @ParameterizedTest
    @ValueSource(strings = {"/%09/evil.test", "/%0A/evil.test", "%2F%2Fevil.test", "/%5Cevil.test", "/%5C/evil.test", "%5C%5Cevil.test",
        "https://evil.test", "%09//evil.test"})
    void after_sign_in_the_return_target_never_leaves_the_portal(String retour) {
        JsonNode family = AccountApiTest.family(portal, agent);
        String username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, PASSWORD).status()).isEqualTo(201);
        PlainBrowser browser = new PlainBrowser(portal);
        browser.get("/connexion?retour=" + retour);

        Page signedIn = browser.post("/connexion", Map.of("login", username, "password", PASSWORD,
                "retour", URLDecoder.decode(retour, StandardCharsets.UTF_8)));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/espace");
    }

    @Test
    void signed_out_visitors_are_sent_to_the_sign_in_page() {
        Page page = new PlainBrowser(portal).get("/espace/compte");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/connexion?retour=%2Fespace%2Fcompte");
    }
}
