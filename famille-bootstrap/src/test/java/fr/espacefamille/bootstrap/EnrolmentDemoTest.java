package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo town has an open enrolment campaign, a sector map of its schools and a request in each state (§8). */
class EnrolmentDemoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_demo_town_has_a_campaign_a_sector_map_and_a_request_in_each_state() throws Exception {
        Map<String, String> env = Map.of("FAMILLE_PORT", "0", "FAMILLE_DEMO", "true", "FAMILLE_ADMIN_PASSWORD", TestPortal.ADMIN_PASSWORD,
                "FAMILLE_DB_URL", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "FAMILLE_DB_USER", "sa", "FAMILLE_DB_PASSWORD", "", "FAMILLE_CLOCK", "2027-01-15T10:00:00+01:00",
                "FAMILLE_DATA_DIR", Files.createTempDirectory("famille-demo").toString());
        try (EspaceFamille demo = EspaceFamille.start(Config.fromEnvironment(env))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + demo.port() + "/api/v1";
            String admin = token(http, base, "admin", TestPortal.ADMIN_PASSWORD);
            JsonNode requests = get(http, base + "/admin/school-requests", admin);
            List<String> statuses = new ArrayList<>();
            requests.forEach(r -> statuses.add(r.get("status").asText()));
            assertThat(statuses).containsExactlyInAnyOrder("SUBMITTED", "INCOMPLETE", "ACCEPTED",
                    "REFUSED", "WITHDRAWN");
            assertThat(requests.findValuesAsText("schoolYear")).containsOnly("2027-2028");
            JsonNode lookup = get(http, base + "/admin/school-sectors/lookup?line1=8%20rue%20de%20la%20Loire", admin);
            assertThat(lookup.get("school").asText()).startsWith("École");

            String amina = token(http, base, "amina.diallo", EnrolmentDemo.PASSWORD);
            assertThat(get(http, base + "/school-requests", amina)).singleElement()
                    .satisfies(r -> assertThat(r.get("status").asText()).isEqualTo("SUBMITTED"));
        }
    }

    private static String token(HttpClient http, String base, String login, String password) throws Exception {
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(base + "/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("login", login, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        return JSON.readTree(session.body()).get("token").asText();
    }

    private static JsonNode get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
