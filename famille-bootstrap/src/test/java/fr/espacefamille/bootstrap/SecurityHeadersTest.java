package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.Regie;

/** Issue #20 L4: HSTS on https, nothing private in a cache, the flash cookie as guarded as the session's. */
class SecurityHeadersTest {

    private static final String CLOCK = "2026-10-15T09:00:00+02:00";
    private static final String CSRF = "csrf-token-for-the-headers-test-0123456789";

    /** A public https portal in pre-production payment mode (https with the simulator needs demo mode). */
    private static Map<String, String> https() {
        Map<String, String> env = new HashMap<>(Map.of("FAMILLE_BASE_URL", "https://famille.donges.test", "FAMILLE_PAYBOX_MODE", "preprod",
                "FAMILLE_PAYBOX_SITE", "1999888", "FAMILLE_PAYBOX_RANG", "32", "FAMILLE_PAYBOX_IDENTIFIANT", "107904482",
                "FAMILLE_PAYBOX_HMAC_KEY", "0123456789ABCDEF", "FAMILLE_SEPA_CREDITOR_ID", Config.DEMO_CREDITOR_ID));
        for (Regie regie : Regie.values()) {
            env.put("FAMILLE_SEPA_IBAN_" + regie.name(), Config.DEMO_CREDITOR_IBAN);
        }
        return env;
    }

    private static List<String> header(TestPortal.Response response, String name) {
        return response.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static TestPortal.Response forgotOnThePage(TestPortal portal) {
        return CanteenTown.send(portal, "POST", "/mot-de-passe/oublie", Map.of("Cookie", "famille_csrf=" + CSRF,
                "Content-Type", "application/x-www-form-urlencoded"), ("_csrf=" + CSRF + "&login=personne").getBytes());
    }

    @Test
    void https_portals_send_hsts_and_guard_the_flash_cookie_like_the_session_cookie() {
        try (TestPortal portal = TestPortal.h2(CLOCK, https())) {
            assertThat(header(portal.call("GET", "/", null, null), "Strict-Transport-Security")).containsExactly("max-age=31536000");
            assertThat(header(portal.call("GET", "/api/v1/public/menus?from=2026-10-12&to=2026-10-16", null, null), "Strict-Transport-Security")).hasSize(1);
            var sent = forgotOnThePage(portal);
            assertThat(sent.status()).isEqualTo(303);
            assertThat(header(sent, "Set-Cookie")).filteredOn(c -> c.startsWith("famille_flash=")).singleElement()
                    .satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure"));
        }
    }

    @Test
    void http_portals_send_no_hsts_and_a_flash_cookie_still_out_of_scripts_reach() {
        try (TestPortal portal = TestPortal.h2(CLOCK)) {
            assertThat(header(portal.call("GET", "/", null, null), "Strict-Transport-Security")).isEmpty();
            assertThat(header(forgotOnThePage(portal), "Set-Cookie")).filteredOn(c -> c.startsWith("famille_flash=")).singleElement()
                    .satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure"));

            String agent = portal.agent("SCHOOL_AGENT");
            var page = CanteenTown.send(portal, "GET", "/agents/cantine/effectifs", Map.of("Cookie", "famille_session=" + agent), null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(header(page, "Cache-Control")).as("a signed-in page").containsExactly("no-store");
            var json = portal.call("GET", "/api/v1/me", agent, null);
            assertThat(header(json, "Cache-Control")).as("private JSON").containsExactly("no-store");
            var token = portal.call("POST", "/api/v1/session", null, Map.of("login", "admin", "password", TestPortal.ADMIN_PASSWORD));
            assertThat(header(token, "Cache-Control")).as("a token").containsExactly("no-store");
            assertThat(header(portal.call("GET", "/static/style.css", null, null), "Cache-Control")).doesNotContain("no-store");
        }
    }
}
