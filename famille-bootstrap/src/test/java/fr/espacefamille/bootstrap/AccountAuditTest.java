package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.AccountApiTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.TestPortal.Response;

/** {@code GET /admin/audit}: every change made on accounts, by whom and when, read by administrators only, without secrets. */
class AccountAuditTest {

    private static final String NEW_PASSWORD = "Bruyere-Cormoran-Estuaire-7";
    private static final String RESET_PASSWORD = "Roseliere-Brigantin-Salicorne-3";

    static TestPortal portal;
    static String agent;
    static String key;
    static String resetToken;
    static String username;

    @BeforeAll
    static void aYearOfAccountChanges() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
        agent = portal.agent("SCHOOL_AGENT");
        JsonNode family = AccountApiTest.family(portal, agent);
        key = AccountApiTest.key(family, 0);
        username = AccountApiTest.uniqueUsername();
        AccountApiTest.activate(portal, key, username, PASSWORD);
        String session = portal.signIn(username, PASSWORD);
        portal.call("PUT", "/api/v1/me/password", session, Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
        portal.call("PATCH", "/api/v1/me/contact", session, Map.of("phone", "07 11 22 33 44"));
        String request = portal.call("PATCH", "/api/v1/me/contact", session, Map.of("address",
                Map.of("line1", "5 place de l'Église", "postcode", "44480", "city", "Donges"))).json().get("pendingAddress").get("id").asText();
        portal.call("POST", "/api/v1/admin/address-requests/" + request + "/accept", agent, null);
        portal.call("PUT", "/api/v1/me/billing-preference", session, Map.of("paperless", true));
        portal.call("POST", "/api/v1/admin/guardians/" + family.get("guardians").get(1).get("id").asText() + "/activation-key", agent, null);
        portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username));
        resetToken = Outbox.lastResetToken(portal, username + "@example.fr");
        portal.call("POST", "/api/v1/password/reset", null, Map.of("token", resetToken, "newPassword", RESET_PASSWORD));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Response audit(String token, String query) {
        return portal.call("GET", "/api/v1/admin/audit" + query, token, null);
    }

    @Test
    void administrators_read_who_changed_what_and_when_on_accounts() {
        Response read = audit(portal.admin(), "?from=2026-09-07&to=2026-09-07");

        assertThat(read.status()).isEqualTo(200);
        JsonNode entries = read.json();
        assertThat(entries.findValuesAsText("action")).contains("FAMILY_CREATED", "ACTIVATION_KEY_ISSUED", "ACCOUNT_ACTIVATED",
                "PASSWORD_CHANGED", "CONTACT_CHANGED", "ADDRESS_CHANGE_REQUESTED", "ADDRESS_CHANGE_ACCEPTED",
                "BILLING_PREFERENCE_CHANGED", "PASSWORD_RESET");
        JsonNode contact = entry(entries, "CONTACT_CHANGED");
        assertThat(contact.get("actor").asText()).isEqualTo(username);
        assertThat(contact.get("at").asText()).isEqualTo("2026-09-07T06:00:00Z");
        assertThat(contact.get("before").asText()).contains("0612345678");
        assertThat(contact.get("after").asText()).contains("0711223344");
        JsonNode accepted = entry(entries, "ADDRESS_CHANGE_ACCEPTED");
        assertThat(accepted.get("actor").asText()).startsWith("school_agent-");
        assertThat(accepted.get("after").asText()).contains("5 place de l'Église");
        assertThat(entry(entries, "ACCOUNT_ACTIVATED").get("target").asText()).isNotBlank();
    }

    @Test
    void the_audit_log_holds_no_secret() {
        String body = audit(portal.admin(), "?from=2026-09-07&to=2026-09-07").body();

        assertThat(body).doesNotContain(PASSWORD, NEW_PASSWORD, RESET_PASSWORD, key, key.replace("-", ""), resetToken,
                "argon2", "pbkdf2");
    }

    @Test
    void only_administrators_read_it_and_dates_are_checked() {
        assertThat(audit(agent, "?from=2026-09-07&to=2026-09-07").code()).isEqualTo("FORBIDDEN");
        assertThat(audit(portal.signIn(username, RESET_PASSWORD), "?from=2026-09-07&to=2026-09-07").status()).isEqualTo(403);
        assertThat(audit(null, "?from=2026-09-07&to=2026-09-07").status()).isEqualTo(401);
        String admin = portal.admin();
        for (String bad : List.of("?to=2026-09-07", "?from=2026-09-07&to=2026-13-01", "?from=2026-09-08&to=2026-09-07")) {
            Response r = audit(admin, bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(audit(admin, "?from=2026-09-08&to=2026-09-30").json()).isEmpty();
    }

    private static JsonNode entry(JsonNode entries, String action) {
        for (JsonNode entry : entries) {
            if (entry.get("action").asText().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError("no " + action + " in " + entries);
    }
}
