package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.AccountApiTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.bootstrap.PlainBrowser.Page;
import fr.espacefamille.bootstrap.TestPortal.Response;

/**
 * API.md §8's applicant rows ({@code POST /applicants}, {@code POST /applicants/confirm}) and their
 * pages, end to end over HTTP on H2, with the mailed link; the account survives a restart.
 */
class ApplicantAccountTest {

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Response create(TestPortal portal, String username, String password) {
        return portal.call("POST", "/api/v1/applicants", null,
                Map.of("username", username, "password", password, "email", username + "@example.fr"));
    }

    /** A new applicant account with its email confirmed: answers its bearer token. */
    static String confirmedApplicant(TestPortal portal, String username) {
        assertThat(create(portal, username, PASSWORD).status()).isEqualTo(201);
        String token = Outbox.lastConfirmationToken(portal, username + "@example.fr");
        assertThat(portal.call("POST", "/api/v1/applicants/confirm", null, Map.of("token", token)).status()).isEqualTo(204);
        return portal.signIn(username, PASSWORD);
    }

    private static Response signIn(String login) {
        return portal.call("POST", "/api/v1/session", null, Map.of("login", login, "password", PASSWORD));
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
    }

    @Test
    void an_applicant_signs_up_confirms_from_the_mail_then_signs_in_and_reads_me() {
        String username = AccountApiTest.uniqueUsername();

        Response created = create(portal, username, PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("username").asText()).isEqualTo(username);
        assertThat(Outbox.to(portal, username + "@example.fr")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("confirmez votre adresse");
            assertThat(mail.text()).contains(TestPortal.BASE_URL + "/compte/confirmer?token=");
        });

        assertProblem(signIn(username), 403, "EMAIL_NOT_CONFIRMED");
        assertProblem(portal.call("POST", "/api/v1/session", null, Map.of("login", username, "password", PASSWORD + "x")),
                401, "BAD_CREDENTIALS");

        String token = Outbox.lastConfirmationToken(portal, username + "@example.fr");
        assertThat(portal.call("POST", "/api/v1/applicants/confirm", null, Map.of("token", token)).status()).isEqualTo(204);
        assertProblem(portal.call("POST", "/api/v1/applicants/confirm", null, Map.of("token", token)), 422, "INVALID_TOKEN");

        Response session = signIn(username + "@example.fr");
        assertThat(session.status()).as(session.body()).isEqualTo(200);
        assertThat(session.json().get("role").asText()).isEqualTo("APPLICANT");
        Response me = portal.call("GET", "/api/v1/me", session.json().get("token").asText(), null);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("APPLICANT");
        assertThat(me.json().get("email").asText()).isEqualTo(username + "@example.fr");
        assertThat(me.json().path("family").isMissingNode() || me.json().get("family").isNull()).isTrue();
        Response children = portal.call("GET", "/api/v1/children", session.json().get("token").asText(), null);
        assertThat(children.status()).as(children.body()).isEqualTo(200);
        assertThat(children.json()).isEmpty();
    }

    @Test
    void the_rules_of_section_1_and_the_error_codes() {
        String username = AccountApiTest.uniqueUsername();
        assertThat(create(portal, username, PASSWORD).status()).isEqualTo(201);

        assertProblem(create(portal, username.toUpperCase(), PASSWORD), 409, "USERNAME_TAKEN");
        assertProblem(create(portal, AccountApiTest.uniqueUsername(), "Motdepasse2024!"), 422, "WEAK_PASSWORD");
        assertProblem(create(portal, "x", PASSWORD), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("POST", "/api/v1/applicants", null, Map.of("username", AccountApiTest.uniqueUsername(),
                "password", PASSWORD, "email", "nope")), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("POST", "/api/v1/applicants", null, Map.of("username", AccountApiTest.uniqueUsername())),
                400, "VALIDATION_FAILED");
        assertProblem(portal.call("POST", "/api/v1/applicants/confirm", null, Map.of("token", "nope")), 422, "INVALID_TOKEN");
        assertProblem(portal.call("POST", "/api/v1/applicants/confirm", null, Map.of()), 400, "VALIDATION_FAILED");
    }

    @Test
    void an_applicant_is_locked_out_like_any_account() {
        String username = AccountApiTest.uniqueUsername();
        confirmedApplicant(portal, username);
        for (int i = 0; i < 5; i++) {
            assertProblem(portal.call("POST", "/api/v1/session", null, Map.of("login", username, "password", "wrong-" + i)),
                    401, "BAD_CREDENTIALS");
        }
        assertProblem(signIn(username), 429, "ACCOUNT_LOCKED");
    }

    @Test
    void an_applicant_resets_its_password_and_signs_out_like_any_account() {
        String username = AccountApiTest.uniqueUsername();
        String first = confirmedApplicant(portal, username);
        String second = portal.signIn(username, PASSWORD);
        assertThat(portal.call("DELETE", "/api/v1/session", second, null).status()).isEqualTo(204);
        assertProblem(portal.call("GET", "/api/v1/me", second, null), 401, "UNAUTHENTICATED");

        assertThat(portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username)).status()).isEqualTo(202);
        String reset = Outbox.lastResetToken(portal, username + "@example.fr");
        assertThat(Outbox.to(portal, username + "@example.fr").get(Outbox.to(portal, username + "@example.fr").size() - 1).text())
                .contains(username);
        assertProblem(portal.call("POST", "/api/v1/password/reset", null, Map.of("token", reset, "newPassword", "azertyuiop123")),
                422, "WEAK_PASSWORD");
        assertThat(portal.call("GET", "/api/v1/me", first, null).status()).as("the old password holds until the reset").isEqualTo(200);
        assertThat(portal.call("POST", "/api/v1/password/reset", null, Map.of("token", reset, "newPassword", AccountApiTest.NEW_PASSWORD))
                .status()).isEqualTo(204);

        assertProblem(portal.call("GET", "/api/v1/me", first, null), 401, "UNAUTHENTICATED");
        assertProblem(signIn(username), 401, "BAD_CREDENTIALS");
        Response again = portal.call("POST", "/api/v1/session", null, Map.of("login", username, "password", AccountApiTest.NEW_PASSWORD));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("role").asText()).isEqualTo("APPLICANT");
    }

    @Test
    void the_pages_offer_both_ways_create_the_space_and_confirm_it() {
        PlainBrowser browser = new PlainBrowser(portal);
        assertThat(browser.get("/").body()).contains("href=\"/activation\"", "J'ai une clé", "href=\"/compte/creer\"",
                "Je n'ai pas de clé (nouvelle famille)");
        Page choice = browser.get("/sans-espace");
        assertThat(choice.status()).isEqualTo(200);
        assertThat(choice.body()).contains("J'ai une clé", "Je n'ai pas de clé (nouvelle famille)", "href=\"/compte/creer\"");
        assertThat(browser.get("/connexion").body()).contains("href=\"/sans-espace\"");

        Page form = browser.get("/compte/creer");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"username\">", "<label for=\"email\">", "name=\"_csrf\"");
        String username = AccountApiTest.uniqueUsername();
        Page weak = browser.post("/compte/creer", Map.of("username", username, "email", username + "@example.fr",
                "password", "azertyuiop123", "passwordConfirmation", "azertyuiop123"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body()).contains("id=\"password-error\"", "value=\"" + username + "\"").doesNotContain("azertyuiop123");
        Page mismatch = browser.post("/compte/creer", Map.of("username", username, "email", username + "@example.fr",
                "password", PASSWORD, "passwordConfirmation", PASSWORD + "x"));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.body()).contains("id=\"passwordConfirmation-error\"");

        Page created = browser.post("/compte/creer", Map.of("username", username, "email", username + "@example.fr",
                "password", PASSWORD, "passwordConfirmation", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        assertThat(browser.follow(created).body()).contains("Un courriel vient de partir vers " + username + "@example.fr");

        Page refused = browser.post("/connexion", Map.of("login", username, "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Confirmez d'abord votre adresse électronique");

        String token = Outbox.lastConfirmationToken(portal, username + "@example.fr");
        Page confirm = browser.get("/compte/confirmer?token=" + token);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Confirmer mon adresse", "value=\"" + token + "\"");
        assertThat(portal.call("POST", "/api/v1/session", null, Map.of("login", username, "password", PASSWORD)).status())
                .as("showing the page does not confirm").isEqualTo(403);
        Page confirmed = browser.post("/compte/confirmer", Map.of("token", token));
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(browser.follow(confirmed).body()).contains("Votre adresse électronique est confirmée");
        assertThat(browser.get("/compte/confirmer?token=" + token).body()).contains("Ce lien de confirmation n'est plus valable");

        Page signedIn = browser.post("/connexion", Map.of("login", username, "password", PASSWORD));
        assertThat(signedIn.status()).isEqualTo(303);
        Page space = browser.follow(signedIn);
        assertThat(space.status()).as(space.body()).isEqualTo(200);
        assertThat(space.body()).contains("Mon espace", "Votre famille n'est pas encore connue de la mairie")
                .doesNotContain("href=\"/espace/cantine\"");
        assertThat(browser.get("/espace/compte").status()).isEqualTo(200);
    }
}
