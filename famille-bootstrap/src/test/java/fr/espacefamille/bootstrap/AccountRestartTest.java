package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.AccountApiTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.bootstrap.TestPortal.Response;

/**
 * The account flows on H2 and on a real PostgreSQL, across restarts of the portal: sessions,
 * lockouts, reset links, pending address changes and the audit log live in the database.
 */
class AccountRestartTest {

    private static final String NEW_PASSWORD = "Bruyere-Cormoran-Estuaire-7";

    private static TestPortal start(String database) {
        String clock = "2026-09-07T08:00:00+02:00";
        return database.equals("PostgreSQL")
                ? TestPortal.start(clock, TestDatabases.freshMigratedPostgresUrl(), TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER)
                : TestPortal.h2(clock);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void accounts_sessions_locks_links_and_requests_survive_a_restart_and_keys_expire(String database) {
        TestPortal portal = start(database);
        try {
            String agent = portal.agent("SCHOOL_AGENT");
            JsonNode family = AccountApiTest.family(portal, agent);
            JsonNode unused = AccountApiTest.family(portal, agent);
            String username = "claire." + database.toLowerCase();
            assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, PASSWORD).status()).isEqualTo(201);
            String session = portal.signIn(username, PASSWORD);
            String requestId = portal.call("PATCH", "/api/v1/me/contact", session, Map.of("address",
                    Map.of("line1", "8 route de Savenay", "postcode", "44260", "city", "Malville")))
                    .json().get("pendingAddress").get("id").asText();
            portal.call("PUT", "/api/v1/me/billing-preference", session, Map.of("paperless", true));
            portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username));
            String nobody = "nobody-" + UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                portal.call("POST", "/api/v1/session", null, Map.of("login", nobody, "password", "x"));
            }

            portal = portal.restart();

            JsonNode me = portal.call("GET", "/api/v1/me", session, null).json();
            assertThat(me.get("username").asText()).as("the session survived").isEqualTo(username);
            assertThat(me.get("pendingAddress").get("id").asText()).isEqualTo(requestId);
            assertThat(me.get("family").get("paperless").asBoolean()).isTrue();
            assertThat(portal.call("POST", "/api/v1/session", null, Map.of("login", nobody, "password", "x")).code())
                    .isEqualTo("ACCOUNT_LOCKED");
            String token = Outbox.to(portal, username + "@example.fr").get(0).resetToken();
            assertThat(portal.call("POST", "/api/v1/password/reset", null, Map.of("token", token, "newPassword", NEW_PASSWORD))
                    .status()).isEqualTo(204);
            assertThat(portal.call("GET", "/api/v1/me", session, null).status()).as("the reset ended it").isEqualTo(401);
            String newSession = portal.signIn(username, NEW_PASSWORD);
            String admin = portal.admin();
            JsonNode audit = portal.call("GET", "/api/v1/admin/audit?from=2026-09-07&to=2026-09-07", admin, null).json();
            assertThat(audit.findValuesAsText("action")).contains("ACCOUNT_ACTIVATED", "ADDRESS_CHANGE_REQUESTED",
                    "BILLING_PREFERENCE_CHANGED", "PASSWORD_RESET");

            // keys issued on 7 September work until 6 December at midnight in Paris
            portal = portal.restartAt("2026-12-06T23:30:00+01:00");
            assertThat(AccountApiTest.activate(portal, AccountApiTest.key(unused, 0), "julien." + database.toLowerCase(), PASSWORD)
                    .status()).as("still valid on its last day").isEqualTo(201);
            portal = portal.restartAt("2026-12-07T00:00:00+01:00");
            Response expired = AccountApiTest.activate(portal, AccountApiTest.key(unused, 1), "other." + database.toLowerCase(), PASSWORD);
            assertThat(expired.code()).isEqualTo("INVALID_KEY");
            assertThat(portal.call("GET", "/api/v1/me", newSession, null).status()).isEqualTo(401);
        } finally {
            portal.close();
        }
    }
}
