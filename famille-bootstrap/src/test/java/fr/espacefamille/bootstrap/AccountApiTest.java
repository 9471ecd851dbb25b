package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.espacefamille.bootstrap.TestPortal.Response;

/** API.md's "Accounts" rows and the key-letter rows end to end, over HTTP, on H2: every error code. */
class AccountApiTest {

    static final String PASSWORD = "Glycine-Ardoise-Tramway-42";
    static final String NEW_PASSWORD = "Bruyere-Cormoran-Estuaire-7";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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

    /** A new family of two guardians; answers the created family (id, guardians with their keys). */
    static JsonNode family(TestPortal portal, String agent) {
        String name = "Martin" + SEQUENCE.incrementAndGet();
        Response created = portal.call("POST", "/api/v1/admin/families", agent, Map.of("name", name, "resident", true,
                "address", Map.of("line1", "12 rue de la Loire", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Claire", "lastName", name, "email", "claire@example.fr",
                        "phone", "06 12 34 56 78"), Map.of("firstName", "Julien", "lastName", name)),
                "children", List.of(Map.of("firstName", "Léa", "lastName", name, "birthDate", "2018-03-14"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static String key(JsonNode family, int guardian) {
        return family.get("guardians").get(guardian).get("activationKey").asText();
    }

    static String uniqueUsername() {
        return "parent" + SEQUENCE.incrementAndGet();
    }

    static Response activate(TestPortal portal, String key, String username, String password) {
        return portal.call("POST", "/api/v1/accounts/activate", null,
                Map.of("key", key, "username", username, "password", password, "email", username + "@example.fr"));
    }

    /** A parent with an account: answers the username. */
    private static String parent(JsonNode family) {
        String username = uniqueUsername();
        assertThat(activate(portal, key(family, 0), username, PASSWORD).status()).isEqualTo(201);
        return username;
    }

    private static Response signIn(String login, String password) {
        return portal.call("POST", "/api/v1/session", null, Map.of("login", login, "password", password));
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "java.", "SQL");
    }

    // --- activation ---

    @Test
    void a_guardian_activates_an_account_with_the_key_and_signs_in() {
        JsonNode family = family(portal, agent);
        String username = uniqueUsername();

        Response activated = activate(portal, key(family, 0).toLowerCase().replace("-", ""), username, PASSWORD);

        assertThat(activated.status()).isEqualTo(201);
        assertThat(activated.json().get("username").asText()).isEqualTo(username);
        Response session = signIn(username.toUpperCase(), PASSWORD);
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("role").asText()).isEqualTo("PARENT");
        assertThat(session.json().get("expiresAt").asText()).isEqualTo("2026-09-07T18:00:00Z");
        JsonNode read = portal.call("GET", "/api/v1/admin/families/" + family.get("id").asText(), agent, null).json();
        assertThat(read.get("guardians").get(0).get("accountActivated").asBoolean()).isTrue();
        assertThat(read.get("guardians").get(1).get("accountActivated").asBoolean()).isFalse();
    }

    @Test
    void any_string_that_is_not_a_live_key_answers_invalid_key_and_the_same_body() {
        JsonNode family = family(portal, agent);
        String used = key(family, 0);
        parent(family);

        Response unknown = activate(portal, "ABCD-EFGH-JKMN", uniqueUsername(), PASSWORD);
        Response malformed = activate(portal, "0OIL-1234", uniqueUsername(), PASSWORD);
        Response usedAgain = activate(portal, used, uniqueUsername(), PASSWORD);
        Response missing = portal.call("POST", "/api/v1/accounts/activate", null,
                Map.of("username", uniqueUsername(), "password", PASSWORD, "email", "x@example.fr"));

        for (Response r : List.of(unknown, malformed, usedAgain, missing)) {
            assertProblem(r, 422, "INVALID_KEY");
            assertThat(r.body()).isEqualTo(unknown.body());
        }
    }

    @Test
    void a_taken_username_is_a_conflict_and_the_key_still_works() {
        JsonNode family = family(portal, agent);
        String taken = parent(family);

        assertProblem(activate(portal, key(family, 1), taken.toUpperCase(), PASSWORD), 409, "USERNAME_TAKEN");
        assertThat(activate(portal, key(family, 1), uniqueUsername(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void a_weak_password_is_refused_and_the_key_is_not_used_up() {
        JsonNode family = family(portal, agent);

        assertProblem(activate(portal, key(family, 0), uniqueUsername(), "Motdepasse2024!"), 422, "WEAK_PASSWORD");
        assertProblem(activate(portal, key(family, 0), uniqueUsername(), "azertyuiop123"), 422, "WEAK_PASSWORD");
        assertThat(activate(portal, key(family, 0), uniqueUsername(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void a_malformed_body_username_or_email_answers_400_naming_the_field() {
        JsonNode family = family(portal, agent);
        Response badUsername = activate(portal, key(family, 0), "a b", PASSWORD);
        assertProblem(badUsername, 400, "VALIDATION_FAILED");
        assertThat(badUsername.json().get("detail").asText()).contains("username");

        Response badEmail = portal.call("POST", "/api/v1/accounts/activate", null,
                Map.of("key", key(family, 0), "username", uniqueUsername(), "password", PASSWORD, "email", "nope"));
        assertThat(badEmail.json().get("detail").asText()).contains("email");
        assertProblem(portal.call("POST", "/api/v1/accounts/activate", null, "{\"key\":"), 400, "VALIDATION_FAILED");
    }

    /** The review's case: Sophie's email taken as a username would capture her sign-ins and her password resets. */
    @Test
    void another_person_s_email_is_refused_as_a_username_and_sophie_still_signs_in_with_hers() {
        String sophie = uniqueUsername();
        assertThat(activate(portal, key(family(portal, agent), 0), sophie, PASSWORD).status()).isEqualTo(201);
        JsonNode other = family(portal, agent);

        Response squatting = portal.call("POST", "/api/v1/accounts/activate", null, Map.of("key", key(other, 0),
                "username", sophie + "@example.fr", "password", "Autre-Mot-De-Passe-2026", "email", "autre@example.fr"));

        assertProblem(squatting, 400, "VALIDATION_FAILED");
        assertThat(squatting.json().get("detail").asText()).contains("username");
        assertThat(signIn(sophie + "@example.fr", PASSWORD).status()).isEqualTo(200);
    }

    // --- keys and key letters ---

    @Test
    void a_reissued_key_kills_the_previous_one() {
        JsonNode family = family(portal, agent);
        String guardian = family.get("guardians").get(0).get("id").asText();

        Response reissued = portal.call("POST", "/api/v1/admin/guardians/" + guardian + "/activation-key", agent, null);

        assertThat(reissued.status()).isEqualTo(201);
        assertThat(reissued.json().get("activationKey").asText()).matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}")
                .isNotEqualTo(key(family, 0));
        assertThat(reissued.json().get("keyExpiresOn").asText()).isEqualTo("2026-12-06");
        assertThat(reissued.headers().get("cache-control")).containsExactly("no-store");
        assertProblem(activate(portal, key(family, 0), uniqueUsername(), PASSWORD), 422, "INVALID_KEY");
        assertThat(activate(portal, reissued.json().get("activationKey").asText(), uniqueUsername(), PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    void the_key_letter_is_a_french_pdf_with_the_key_the_guardian_and_the_portal_address() throws IOException {
        JsonNode family = family(portal, agent);
        String guardian = family.get("guardians").get(1).get("id").asText();

        Response pdf = portal.call("POST", "/api/v1/admin/guardians/" + guardian + "/activation-key", agent, null,
                Map.of("Accept", "application/pdf"));

        assertThat(pdf.status()).isEqualTo(201);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.headers().get("content-disposition").get(0)).contains("attachment", ".pdf");
        String text = pdfText(pdf.bytes(), 1);
        assertThat(text).contains("Mairie de Donges", "Julien Martin", "12 rue de la Loire", "44480 Donges",
                TestPortal.BASE_URL + "/activation", "6 décembre 2026", "Pour créer votre espace");
        assertThat(text).containsPattern("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        assertProblem(activate(portal, key(family, 1), uniqueUsername(), PASSWORD), 422, "INVALID_KEY");
    }

    @Test
    void a_family_s_key_letters_cover_every_guardian_without_an_account() throws IOException {
        JsonNode family = family(portal, agent);
        String id = family.get("id").asText();

        Response both = portal.call("POST", "/api/v1/admin/families/" + id + "/key-letters", agent, null);
        assertThat(both.status()).isEqualTo(201);
        assertThat(both.contentType()).isEqualTo("application/pdf");
        assertThat(new PdfReader(both.bytes()).getNumberOfPages()).isEqualTo(2);
        String secondKey = keyIn(pdfText(both.bytes(), 2));

        assertThat(activate(portal, keyIn(pdfText(both.bytes(), 1)), uniqueUsername(), PASSWORD).status()).isEqualTo(201);
        Response one = portal.call("POST", "/api/v1/admin/families/" + id + "/key-letters", agent, null);
        assertThat(new PdfReader(one.bytes()).getNumberOfPages()).isEqualTo(1);
        assertThat(pdfText(one.bytes(), 1)).contains("Julien");
        assertProblem(activate(portal, secondKey, uniqueUsername(), PASSWORD), 422, "INVALID_KEY");
    }

    @Test
    void no_key_for_a_guardian_who_has_an_account_nor_for_a_family_whose_guardians_all_have_one() {
        JsonNode family = family(portal, agent);
        parent(family);
        assertThat(activate(portal, key(family, 1), uniqueUsername(), PASSWORD).status()).isEqualTo(201);
        String guardian = family.get("guardians").get(0).get("id").asText();

        assertProblem(portal.call("POST", "/api/v1/admin/guardians/" + guardian + "/activation-key", agent, null),
                409, "ACCOUNT_ALREADY_ACTIVATED");
        assertProblem(portal.call("POST", "/api/v1/admin/families/" + family.get("id").asText() + "/key-letters", agent, null),
                422, "ALL_ACCOUNTS_ACTIVATED");
    }

    @Test
    void keys_are_for_enrolling_staff_and_unknown_guardians_are_not_found() {
        JsonNode family = family(portal, agent);
        String guardian = family.get("guardians").get(0).get("id").asText();

        assertProblem(portal.call("POST", "/api/v1/admin/guardians/" + guardian + "/activation-key",
                portal.agent("FINANCE_AGENT"), null), 403, "FORBIDDEN");
        assertProblem(portal.call("POST", "/api/v1/admin/guardians/" + guardian + "/activation-key", null, null),
                401, "UNAUTHENTICATED");
        assertProblem(portal.call("POST", "/api/v1/admin/guardians/" + UUID.randomUUID() + "/activation-key", agent, null),
                404, "NOT_FOUND");
        assertProblem(portal.call("POST", "/api/v1/admin/families/" + UUID.randomUUID() + "/key-letters", agent, null),
                404, "NOT_FOUND");
    }

    // --- sign-in ---

    @Test
    void an_unknown_login_and_a_wrong_password_get_the_same_status_and_body() {
        String username = parent(family(portal, agent));

        Response unknown = signIn("nobody-" + UUID.randomUUID(), PASSWORD);
        Response wrong = signIn(username, "Not-The-Password-1");

        assertProblem(unknown, 401, "BAD_CREDENTIALS");
        assertThat(wrong.status()).isEqualTo(unknown.status());
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.contentType()).isEqualTo(unknown.contentType());
    }

    @Test
    void five_failures_lock_the_login_even_for_the_right_password_and_unknown_logins_alike() {
        String username = parent(family(portal, agent));
        String nobody = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(username, "Wrong-" + i), 401, "BAD_CREDENTIALS");
            assertProblem(signIn(nobody, "Wrong-" + i), 401, "BAD_CREDENTIALS");
        }

        Response locked = signIn(username, PASSWORD);
        assertProblem(locked, 429, "ACCOUNT_LOCKED");
        assertThat(signIn(nobody, PASSWORD).body()).isEqualTo(locked.body());
        assertThat(signIn(username + "@example.fr", PASSWORD).status()).as("the lock is per login as typed").isEqualTo(200);
    }

    // --- forgotten password ---

    @Test
    void forgot_password_answers_202_with_the_same_empty_body_whether_or_not_the_login_exists() {
        String username = parent(family(portal, agent));

        Response known = portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username));
        Response unknown = portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", "nobody@example.fr"));

        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.bytes()).isEqualTo(unknown.bytes()).isEmpty();
        assertThat(Outbox.to(portal, username + "@example.fr")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("mot de passe");
            assertThat(mail.text()).contains("votre identifiant est : " + username,
                    TestPortal.BASE_URL + "/mot-de-passe/reinitialiser?token=");
        });
        assertThat(Outbox.to(portal, "nobody@example.fr")).isEmpty();
        assertProblem(portal.call("POST", "/api/v1/password/forgot", null, Map.of()), 400, "VALIDATION_FAILED");
    }

    @Test
    void the_reset_link_works_once_after_a_refused_weak_password_and_ends_every_session() {
        String username = parent(family(portal, agent));
        String session = portal.signIn(username, PASSWORD);
        portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username + "@EXAMPLE.fr"));
        String token = Outbox.to(portal, username + "@example.fr").get(0).resetToken();
        assertThat(signIn(username, PASSWORD).status()).as("the old password works until the reset").isEqualTo(200);

        assertProblem(reset(token, "Motdepasse2024!"), 422, "WEAK_PASSWORD");
        assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);

        assertProblem(reset(token, "Another-Strong-Passphrase-9"), 422, "INVALID_TOKEN");
        assertProblem(portal.call("GET", "/api/v1/me", session, null), 401, "UNAUTHENTICATED");
        assertProblem(signIn(username, PASSWORD), 401, "BAD_CREDENTIALS");
        assertThat(signIn(username, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_newer_reset_request_kills_the_older_link_and_unknown_tokens_are_invalid() {
        String username = parent(family(portal, agent));
        portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username));
        portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username));
        List<Outbox.Sent> mails = Outbox.to(portal, username + "@example.fr");

        assertProblem(reset(mails.get(0).resetToken(), NEW_PASSWORD), 422, "INVALID_TOKEN");
        assertProblem(reset("not-a-token", NEW_PASSWORD), 422, "INVALID_TOKEN");
        assertThat(reset(mails.get(1).resetToken(), NEW_PASSWORD).status()).isEqualTo(204);
        assertProblem(portal.call("POST", "/api/v1/password/reset", null, Map.of("token", "x")), 400, "VALIDATION_FAILED");
    }

    @Test
    void no_more_than_five_reset_mails_an_hour_and_still_202() {
        String username = parent(family(portal, agent));

        for (int i = 0; i < 7; i++) {
            assertThat(portal.call("POST", "/api/v1/password/forgot", null,
                    Map.of("login", i % 2 == 0 ? username : username + "@example.fr")).status()).isEqualTo(202);
        }

        assertThat(Outbox.to(portal, username + "@example.fr")).hasSize(5);
    }

    private static Response reset(String token, String password) {
        return portal.call("POST", "/api/v1/password/reset", null, Map.of("token", token, "newPassword", password));
    }

    // --- signed in: password, details, invoices ---

    @Test
    void changing_the_password_ends_every_other_session_and_keeps_this_one() {
        String username = parent(family(portal, agent));
        String phone = portal.signIn(username, PASSWORD);
        String laptop = portal.signIn(username, PASSWORD);

        assertProblem(changePassword(phone, "Not-My-Password-1", NEW_PASSWORD), 401, "BAD_CREDENTIALS");
        assertProblem(changePassword(phone, PASSWORD, "azertyuiop123"), 422, "WEAK_PASSWORD");
        assertThat(portal.call("GET", "/api/v1/me", laptop, null).status()).as("refusals end nothing").isEqualTo(200);

        assertThat(changePassword(phone, PASSWORD, NEW_PASSWORD).status()).isEqualTo(204);

        assertThat(portal.call("GET", "/api/v1/me", phone, null).status()).isEqualTo(200);
        assertProblem(portal.call("GET", "/api/v1/me", laptop, null), 401, "UNAUTHENTICATED");
        assertThat(signIn(username, NEW_PASSWORD).status()).isEqualTo(200);
        assertProblem(changePassword(null, PASSWORD, NEW_PASSWORD), 401, "UNAUTHENTICATED");
    }

    private static Response changePassword(String token, String current, String next) {
        return portal.call("PUT", "/api/v1/me/password", token, Map.of("currentPassword", current, "newPassword", next));
    }

    @Test
    void me_shows_the_account_the_guardian_the_family_and_nothing_of_others() {
        JsonNode family = family(portal, agent);
        String token = portal.signIn(parent(family), PASSWORD);

        JsonNode me = portal.call("GET", "/api/v1/me", token, null).json();

        assertThat(me.get("role").asText()).isEqualTo("PARENT");
        assertThat(me.get("email").asText()).endsWith("@example.fr");
        assertThat(me.get("guardian").get("id").asText()).isEqualTo(family.get("guardians").get(0).get("id").asText());
        assertThat(me.get("guardian").get("firstName").asText()).isEqualTo("Claire");
        assertThat(me.get("guardian").get("phone").asText()).isEqualTo("0612345678");
        assertThat(me.get("guardian").get("address").get("city").asText()).isEqualTo("Donges");
        assertThat(me.get("family").get("id").asText()).isEqualTo(family.get("id").asText());
        assertThat(me.get("family").get("paperless").asBoolean()).isFalse();
        assertThat(me.has("pendingAddress")).isFalse();

        JsonNode staff = portal.call("GET", "/api/v1/me", agent, null).json();
        assertThat(staff.get("role").asText()).isEqualTo("SCHOOL_AGENT");
        assertThat(staff.has("guardian")).isFalse();
        assertThat(staff.has("family")).isFalse();
        assertProblem(portal.call("GET", "/api/v1/me", null, null), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_parent_reaching_for_another_family_s_resources_learns_nothing_of_them() {
        JsonNode mine = family(portal, agent);
        JsonNode theirs = family(portal, agent);
        String token = portal.signIn(parent(mine), PASSWORD);
        String theirGuardian = theirs.get("guardians").get(1).get("id").asText();

        Response theirFamily = portal.call("GET", "/api/v1/admin/families/" + theirs.get("id").asText(), token, null);
        Response unknownFamily = portal.call("GET", "/api/v1/admin/families/" + UUID.randomUUID(), token, null);
        assertThat(theirFamily.status()).isEqualTo(unknownFamily.status()).isEqualTo(403);
        assertThat(theirFamily.body()).isEqualTo(unknownFamily.body());
        Response theirKey = portal.call("POST", "/api/v1/admin/guardians/" + theirGuardian + "/activation-key", token, null);
        assertThat(theirKey.body()).isEqualTo(portal.call("POST", "/api/v1/admin/guardians/" + UUID.randomUUID()
                + "/activation-key", token, null).body());
        assertProblem(portal.call("PATCH", "/api/v1/me/contact", token, Map.of("proofDocumentId", UUID.randomUUID().toString(),
                "address", Map.of("line1", "1 rue du Port", "postcode", "44480", "city", "Donges"))), 404, "NOT_FOUND");
        assertThat(portal.call("GET", "/api/v1/me", token, null).body()).doesNotContain(theirs.get("id").asText());
    }

    @Test
    void email_and_phone_change_at_once_and_an_address_waits_for_staff() {
        JsonNode family = family(portal, agent);
        String username = parent(family);
        String token = portal.signIn(username, PASSWORD);

        Response changed = portal.call("PATCH", "/api/v1/me/contact", token, Map.of("email", "Claire.New@Example.fr",
                "phone", "07 11 22 33 44", "address", Map.of("line1", "5 place de l'Église", "postcode", "44480", "city", "Donges")));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode me = changed.json();
        assertThat(me.get("email").asText()).isEqualTo("claire.new@example.fr");
        assertThat(me.get("guardian").get("phone").asText()).isEqualTo("0711223344");
        assertThat(me.get("guardian").get("address").get("line1").asText()).isEqualTo("12 rue de la Loire");
        assertThat(me.get("pendingAddress").get("line1").asText()).isEqualTo("5 place de l'Église");
        assertThat(me.get("pendingAddress").get("id").asText()).isNotBlank();
        assertThat(signIn("claire.new@example.fr", PASSWORD).status()).isEqualTo(200);
        JsonNode staffView = portal.call("GET", "/api/v1/admin/families/" + family.get("id").asText(), agent, null).json();
        assertThat(staffView.get("guardians").get(0).get("email").asText()).isEqualTo("claire.new@example.fr");
        assertThat(staffView.get("address").get("line1").asText()).isEqualTo("12 rue de la Loire");
    }

    @Test
    void bad_contact_details_answer_400_naming_the_field() {
        String token = portal.signIn(parent(family(portal, agent)), PASSWORD);

        Map<String, Object> badPostcode = Map.of("address", Map.of("line1", "1 rue", "postcode", "4448", "city", "Donges"));
        for (var body : List.<Map<String, Object>>of(Map.of("email", "nope"), Map.of("phone", "appelez-moi"), badPostcode,
                Map.of("address", Map.of("postcode", "44480", "city", "Donges")), Map.of("proofDocumentId", "not-an-id"))) {
            Response r = portal.call("PATCH", "/api/v1/me/contact", token, body);
            assertProblem(r, 400, "VALIDATION_FAILED");
            String field = body.containsKey("address") ? "address." : body.keySet().iterator().next();
            assertThat(r.json().get("detail").asText()).contains(field);
        }
    }

    @Test
    void staff_accept_or_refuse_address_changes_and_the_family_is_told() {
        JsonNode family = family(portal, agent);
        String username = parent(family);
        String token = portal.signIn(username, PASSWORD);
        Map<String, Object> malville = Map.of("address", Map.of("line1", "8 route de Savenay", "postcode", "44260", "city", "Malville"));
        String requestId = portal.call("PATCH", "/api/v1/me/contact", token, malville).json().get("pendingAddress").get("id").asText();

        JsonNode pending = portal.call("GET", "/api/v1/admin/address-requests", agent, null).json();
        JsonNode ours = null;
        for (JsonNode change : pending) {
            if (change.get("id").asText().equals(requestId)) {
                ours = change;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("familyId").asText()).isEqualTo(family.get("id").asText());
        assertThat(ours.get("guardianName").asText()).startsWith("Claire");
        assertThat(ours.get("address").get("city").asText()).isEqualTo("Malville");
        assertThat(ours.get("currentAddress").get("city").asText()).isEqualTo("Donges");

        assertProblem(portal.call("POST", "/api/v1/admin/address-requests/" + requestId + "/accept", token, null), 403, "FORBIDDEN");
        Response accepted = portal.call("POST", "/api/v1/admin/address-requests/" + requestId + "/accept", agent,
                Map.of("resident", false));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertProblem(portal.call("POST", "/api/v1/admin/address-requests/" + requestId + "/refuse", agent, null), 409, "ALREADY_DECIDED");
        assertProblem(portal.call("POST", "/api/v1/admin/address-requests/" + UUID.randomUUID() + "/accept", agent, null), 404, "NOT_FOUND");

        JsonNode staffView = portal.call("GET", "/api/v1/admin/families/" + family.get("id").asText(), agent, null).json();
        assertThat(staffView.get("address").get("city").asText()).isEqualTo("Malville");
        assertThat(staffView.get("resident").asBoolean()).isFalse();
        assertThat(portal.call("GET", "/api/v1/me", token, null).json().has("pendingAddress")).isFalse();
        assertThat(Outbox.to(portal, username + "@example.fr")).anySatisfy(mail ->
                assertThat(mail.text()).contains("8 route de Savenay, 44260 Malville"));

        String second = portal.call("PATCH", "/api/v1/me/contact", token, Map.of("address",
                Map.of("line1", "1 rue du Port", "postcode", "44480", "city", "Donges"))).json().get("pendingAddress").get("id").asText();
        Response refused = portal.call("POST", "/api/v1/admin/address-requests/" + second + "/refuse", agent,
                Map.of("reason", "Justificatif manquant"));
        assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");
        assertThat(Outbox.to(portal, username + "@example.fr")).anySatisfy(mail ->
                assertThat(mail.text()).contains("Motif : Justificatif manquant"));
    }

    @Test
    void a_parent_chooses_online_invoices_and_back_and_staff_have_no_such_choice() {
        JsonNode family = family(portal, agent);
        String token = portal.signIn(parent(family), PASSWORD);

        Response online = portal.call("PUT", "/api/v1/me/billing-preference", token, Map.of("paperless", true));
        assertThat(online.status()).isEqualTo(200);
        assertThat(online.json().get("family").get("paperless").asBoolean()).isTrue();
        assertThat(portal.call("GET", "/api/v1/admin/families/" + family.get("id").asText(), agent, null).json()
                .get("paperless").asBoolean()).isTrue();
        assertThat(portal.call("PUT", "/api/v1/me/billing-preference", token, Map.of("paperless", false)).json()
                .get("family").get("paperless").asBoolean()).isFalse();

        assertProblem(portal.call("PUT", "/api/v1/me/billing-preference", token, Map.of()), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("PUT", "/api/v1/me/billing-preference", token, "{\"paperless\":\"oui\"}"), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("PUT", "/api/v1/me/billing-preference", agent, Map.of("paperless", true)), 403, "FORBIDDEN");
    }

    static String pdfText(byte[] pdf, int page) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(page);
    }

    static String keyIn(String text) {
        var key = java.util.regex.Pattern.compile("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}").matcher(text);
        assertThat(key.find()).as(text).isTrue();
        return key.group();
    }
}
