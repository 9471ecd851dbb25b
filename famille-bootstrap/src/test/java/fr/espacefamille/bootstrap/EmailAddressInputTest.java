package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #20 L6: an address the mailer could not parse is refused where it is typed, in the API and on the pages. */
class EmailAddressInputTest {

    private static final String HOSTILE = "a\"<svg/onload=alert(1)>@ex.test";
    private static final String CSRF = "csrf-token-for-the-email-test-0123456789";

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-10-15T09:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void the_api_answers_400_naming_the_field() {
        var applicant = portal.call("POST", "/api/v1/applicants", null,
                Map.of("username", "nadia.b", "password", "Estuaire-Bruyere-2026", "email", HOSTILE));
        assertThat(applicant.status()).isEqualTo(400);
        assertThat(applicant.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(applicant.json().get("detail").asText()).contains("email");
        var agent = portal.call("POST", "/api/v1/admin/agents", portal.admin(),
                Map.of("username", "agent.x", "password", "Estuaire-Bruyere-2026", "email", HOSTILE, "role", "SCHOOL_AGENT"));
        assertThat(agent.status()).isEqualTo(400);
        assertThat(agent.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void the_page_shows_a_french_message_beside_the_field() {
        String body = "_csrf=" + CSRF + "&username=nadia.c&password=Estuaire-Bruyere-2026&passwordConfirmation=Estuaire-Bruyere-2026&email="
                + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
        var page = CanteenTown.send(portal, "POST", "/compte/creer", Map.of("Cookie", "famille_csrf=" + CSRF,
                "Content-Type", "application/x-www-form-urlencoded"), body.getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"email-error\"", "Adresse électronique invalide").doesNotContain("<svg");
    }
}
