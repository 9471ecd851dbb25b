package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue #20 points 3 and M2: {@code X-Forwarded-For} is believed only from {@code FAMILLE_TRUSTED_PROXIES},
 * for the per-address sign-in and reset limits and for {@code FAMILLE_PAYBOX_IPN_ALLOWED}.
 * The tests' requests come from the loopback address.
 */
class ClientAddressApiTest {

    private static final String CLOCK = "2026-10-15T09:00:00+02:00";
    private static final String LOOPBACK = "127.0.0.1/32, ::1/128";

    private static TestPortal.Response signIn(TestPortal portal, String login, String password, String forwardedFor) {
        return portal.call("POST", "/api/v1/session", null, Map.of("login", login, "password", password),
                Map.of("X-Forwarded-For", forwardedFor));
    }

    private static TestPortal.Response forgot(TestPortal portal, String login, String forwardedFor) {
        return portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", login), Map.of("X-Forwarded-For", forwardedFor));
    }

    @Test
    void a_forged_forwarded_address_from_an_untrusted_peer_changes_nothing() {
        try (TestPortal portal = TestPortal.h2(CLOCK, Map.of("FAMILLE_TRUSTED_PROXIES", "10.0.0.0/8"))) {
            for (int i = 0; i < AccountWiring.SIGN_IN_FAILURES_PER_ADDRESS; i++) {
                assertThat(signIn(portal, "parent" + i, "mauvais-mot-de-passe", "198.51.100." + i).status()).isEqualTo(401);
            }
            var refused = signIn(portal, "admin", TestPortal.ADMIN_PASSWORD, "203.0.113.77");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.code()).isEqualTo("TOO_MANY_REQUESTS");

            for (int i = 0; i < AccountWiring.RESET_REQUESTS_PER_ADDRESS; i++) {
                assertThat(forgot(portal, "parent" + i + "@example.fr", "198.51.100." + i).status()).isEqualTo(202);
            }
            assertThat(forgot(portal, "admin", "203.0.113.78").code()).isEqualTo("TOO_MANY_REQUESTS");
        }
    }

    @Test
    void behind_a_trusted_proxy_two_parents_with_different_addresses_do_not_share_a_limit() {
        try (TestPortal portal = TestPortal.h2(CLOCK, Map.of("FAMILLE_TRUSTED_PROXIES", LOOPBACK))) {
            for (int i = 0; i < AccountWiring.SIGN_IN_FAILURES_PER_ADDRESS; i++) {
                signIn(portal, "parent" + i, "mauvais-mot-de-passe", "6.6.6.6, 198.51.100.1");
            }
            assertThat(signIn(portal, "admin", TestPortal.ADMIN_PASSWORD, "198.51.100.1").code()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(signIn(portal, "admin", TestPortal.ADMIN_PASSWORD, "6.6.6.6, 198.51.100.2").status())
                    .as("the other parent behind the same proxy, even forging the first one's address on the left").isEqualTo(200);

            for (int i = 0; i < AccountWiring.RESET_REQUESTS_PER_ADDRESS; i++) {
                forgot(portal, "parent" + i + "@example.fr", "2001:db8::1");
            }
            assertThat(forgot(portal, "admin", "2001:db8:0:0::1").code()).as("another spelling of the same address")
                    .isEqualTo("TOO_MANY_REQUESTS");
            assertThat(forgot(portal, "admin", "2001:db8::2").status()).isEqualTo(202);
        }
    }

    @Test
    void notifications_come_only_from_the_provider_s_addresses_when_they_are_set() {
        String unsigned = "/paybox/ipn?ref=X&montant=100&auto=XXXXXX&erreur=00000&trans=1";
        try (TestPortal open = TestPortal.h2(CLOCK)) {
            assertThat(open.call("GET", unsigned, null, null).code()).as("unset: the signature decides").isEqualTo("INVALID_SIGNATURE");
        }
        try (TestPortal portal = TestPortal.h2(CLOCK, Map.of("FAMILLE_PAYBOX_IPN_ALLOWED", "194.2.122.0/24, 2001:db8:bb::/48"))) {
            var refused = portal.call("GET", unsigned, null, null, Map.of("X-Forwarded-For", "194.2.122.190"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).as("a forged address from an untrusted peer").isEqualTo("FORBIDDEN");
        }
        try (TestPortal portal = TestPortal.h2(CLOCK, Map.of("FAMILLE_PAYBOX_IPN_ALLOWED", "194.2.122.0/24, 2001:db8:bb::/48",
                "FAMILLE_TRUSTED_PROXIES", LOOPBACK))) {
            assertThat(portal.call("GET", unsigned, null, null, Map.of("X-Forwarded-For", "194.2.123.1")).code()).isEqualTo("FORBIDDEN");
            assertThat(portal.call("GET", unsigned, null, null, Map.of("X-Forwarded-For", "194.2.122.190")).code())
                    .as("from the provider through our proxy: on to the signature check").isEqualTo("INVALID_SIGNATURE");
            assertThat(portal.call("GET", unsigned, null, null, Map.of("X-Forwarded-For", "2001:db8:bb::9")).code())
                    .isEqualTo("INVALID_SIGNATURE");
        }
    }
}
