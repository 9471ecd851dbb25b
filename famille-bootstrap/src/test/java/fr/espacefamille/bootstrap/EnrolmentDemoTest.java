package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The demo town has an open enrolment campaign, a sector map of its schools and a request in each state (§8). */
class EnrolmentDemoTest {

    @Test
    void the_demo_town_has_a_campaign_a_sector_map_and_a_request_in_each_state() {
        try (TestPortal demo = TestPortal.demoAt("2027-01-15T10:00:00+01:00")) {
            String admin = demo.admin();
            JsonNode requests = get(demo, "/api/v1/admin/school-requests", admin);
            List<String> statuses = new ArrayList<>();
            requests.forEach(r -> statuses.add(r.get("status").asText()));
            assertThat(statuses).containsExactlyInAnyOrder("SUBMITTED", "INCOMPLETE", "ACCEPTED",
                    "REFUSED", "WITHDRAWN");
            assertThat(requests.findValuesAsText("schoolYear")).containsOnly("2027-2028");
            JsonNode lookup = get(demo, "/api/v1/admin/school-sectors/lookup?line1=8%20rue%20de%20la%20Loire", admin);
            assertThat(lookup.get("school").asText()).startsWith("École");

            String amina = demo.signIn("amina.diallo", EnrolmentDemo.PASSWORD);
            assertThat(get(demo, "/api/v1/school-requests", amina)).singleElement()
                    .satisfies(r -> assertThat(r.get("status").asText()).isEqualTo("SUBMITTED"));
        }
    }

    private static JsonNode get(TestPortal demo, String path, String token) {
        TestPortal.Response answer = demo.call("GET", path, token, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
