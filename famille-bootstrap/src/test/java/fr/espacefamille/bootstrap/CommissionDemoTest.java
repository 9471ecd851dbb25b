package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo town's commission: its grid, a past session whose minutes print, and an open session with
 * requests (one with a staff correction in its history), whatever day the demo starts.
 */
class CommissionDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01T10:00:00+01:00", "2026-12-02T08:00:00+01:00", "2027-02-15T23:30:00+01:00",
            "2027-07-20T10:00:00+02:00"})
    void the_demo_town_has_a_grid_a_past_session_with_minutes_and_an_open_one_with_requests(String today) {
        try (TestPortal portal = TestPortal.demoAt(today)) {
            String admin = portal.admin();
            assertThat(portal.call("GET", "/api/v1/nursery/grid", admin, null).json().get("criteria")).hasSize(7);
            JsonNode sessions = portal.call("GET", "/api/v1/admin/nursery/sessions", admin, null).json();
            assertThat(sessions).hasSize(2);
            JsonNode open = sessions.get(0);
            JsonNode held = sessions.get(1);
            assertThat(open.get("status").asText()).isEqualTo("OPEN");
            assertThat(open.get("confirmed").asInt()).isEqualTo(1);
            assertThat(held.get("status").asText()).isEqualTo("ALLOCATED");
            assertThat(held.get("members").asText()).contains("Mme la Maire");

            JsonNode minutes = portal.call("GET", "/api/v1/admin/nursery/sessions/" + held.get("id").asText(), admin, null).json();
            assertThat(minutes.get("groups").get("BABY").findValuesAsText("status")).containsExactly("ACCEPTED", "WAITING");
            assertThat(minutes.get("groups").get("MIDDLE").findValuesAsText("status")).containsExactly("REFUSED");
            var pdf = portal.call("GET", "/api/v1/admin/nursery/sessions/" + held.get("id").asText() + "/minutes", admin, null);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            JsonNode requests = portal.call("GET", "/api/v1/admin/nursery-requests", admin, null).json();
            assertThat(requests.findValuesAsText("status")).contains("ACCEPTED", "OPEN", "AWAITING_BIRTH");
            assertThat(requests.findValuesAsText("reason")).containsExactly("Attestation de l'employeur du second parent reçue");
            JsonNode opened = portal.call("GET", "/api/v1/admin/nursery/sessions/" + open.get("id").asText(), admin, null).json();
            assertThat(opened.get("date").asText()).isGreaterThan(today.substring(0, 10));
        }
    }
}
