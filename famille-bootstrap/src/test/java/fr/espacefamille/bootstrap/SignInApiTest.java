package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in over the API: lockout per login, same answers for unknown logins, limits per address. */
class SignInApiTest {

    TestPortal portal;

    @BeforeEach
    void start() {
        portal = TestPortal.h2("2026-10-15T09:00:00+02:00");
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private TestPortal.Response signIn(String login, String password) {
        return portal.call("POST", "/api/v1/session", null, Map.of("login", login, "password", password));
    }

    @Test
    void answers_a_token_with_role_and_expiry() {
        var r = signIn("ADMIN", TestPortal.ADMIN_PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("role").asText()).isEqualTo("ADMIN");
        assertThat(r.json().get("expiresAt").asText()).isEqualTo("2026-10-15T19:00:00Z");
        String token = r.json().get("token").asText();
        assertThat(portal.call("DELETE", "/api/v1/session", token, null).status()).isEqualTo(204);
        assertThat(portal.call("GET", "/api/v1/admin/families", token, null).status()).isEqualTo(401);
    }

    @Test
    void unknown_login_and_wrong_password_get_the_same_answer() {
        var unknown = signIn("personne", "Un-mot-de-passe-long");
        var wrong = signIn("admin", "Un-mot-de-passe-long");
        assertThat(unknown.status()).isEqualTo(401).isEqualTo(wrong.status());
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(unknown.code()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void five_failures_lock_the_login_even_with_the_right_password() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("Admin", "mauvais-mot-de-passe").status()).isEqualTo(401);
        }
        var locked = signIn("admin", TestPortal.ADMIN_PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("ACCOUNT_LOCKED");
        var unknownLocked = signIn("inconnu", "x");
        for (int i = 0; i < 5; i++) {
            signIn("inconnu", "x");
        }
        assertThat(signIn("inconnu", "x").code()).as("unknown logins lock the same way").isEqualTo("ACCOUNT_LOCKED");
        assertThat(unknownLocked.code()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void too_many_failures_from_one_address_are_refused_whatever_the_login() {
        for (int i = 0; i < AccountWiring.SIGN_IN_FAILURES_PER_ADDRESS; i++) {
            signIn("parent" + i, "mauvais-mot-de-passe");
        }
        var refused = signIn("admin", TestPortal.ADMIN_PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("TOO_MANY_REQUESTS");
    }

    @Test
    void too_many_reset_requests_from_one_address_are_refused_whatever_the_login() {
        for (int i = 0; i < AccountWiring.RESET_REQUESTS_PER_ADDRESS; i++) {
            assertThat(forgot("parent" + i + "@example.fr").status()).isEqualTo(202);
        }
        var refused = forgot("admin");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refused.json().get("detail").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void successful_sign_ins_from_one_address_are_never_limited() {
        for (int i = 0; i < AccountWiring.SIGN_IN_FAILURES_PER_ADDRESS + 5; i++) {
            assertThat(signIn("admin", TestPortal.ADMIN_PASSWORD).status()).isEqualTo(200);
        }
    }

    private TestPortal.Response forgot(String login) {
        return portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", login));
    }

    @Test
    void a_lockout_survives_a_restart() {
        for (int i = 0; i < 5; i++) {
            signIn("admin", "mauvais-mot-de-passe");
        }
        portal = portal.restart();
        assertThat(signIn("admin", TestPortal.ADMIN_PASSWORD).code()).isEqualTo("ACCOUNT_LOCKED");
    }
}
