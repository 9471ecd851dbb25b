package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo town on 2 December 2026 has an unpaid invoice at each stage of §11 and tax certificates for 2025 (§12). */
class RemindersDemoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_demo_town_has_reminded_waiting_and_transferred_invoices_and_last_year_s_tax_certificates() throws Exception {
        Map<String, String> env = Map.of("FAMILLE_PORT", "0", "FAMILLE_DEMO", "true", "FAMILLE_ADMIN_PASSWORD", TestPortal.ADMIN_PASSWORD,
                "FAMILLE_DB_URL", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "FAMILLE_DB_USER", "sa", "FAMILLE_DB_PASSWORD", "", "FAMILLE_CLOCK", "2026-12-02T10:00:00+01:00",
                "FAMILLE_DATA_DIR", Files.createTempDirectory("famille-demo").toString());
        try (EspaceFamille demo = EspaceFamille.start(Config.fromEnvironment(env))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + demo.port() + "/api/v1";
            String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"login\":\"admin\",\"password\":\"" + TestPortal.ADMIN_PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
            JsonNode invoices = get(http, base + "/admin/invoices?regie=SCHOOL", token);
            Map<String, JsonNode> byFamily = new HashMap<>();
            invoices.forEach(invoice -> byFamily.put(invoice.get("familyName").asText(), invoice));

            assertThat(byFamily.get("Bernard").get("status").asText()).isEqualTo("TRANSFERRED");
            assertThat(byFamily.get("Robert").get("status").asText()).as("8,40 € waits for 15,00 €").isEqualTo("OVERDUE");
            assertThat(byFamily.get("Lefebvre").get("status").asText()).isEqualTo("OVERDUE");
            JsonNode lefebvre = get(http, base + "/admin/invoices/" + byFamily.get("Lefebvre").get("id").asText(), token);
            assertThat(lefebvre.get("reminders").toString()).isEqualTo("[{\"level\":1,\"sentOn\":\"2026-11-25\"}]");
            JsonNode robert = get(http, base + "/admin/invoices/" + byFamily.get("Robert").get("id").asText(), token);
            assertThat(robert.get("reminders")).hasSize(2);

            JsonNode certificates = get(http, base + "/admin/tax-certificates/2025", token);
            assertThat(certificates.get("count").asInt()).isEqualTo(1);
            assertThat(certificates.get("certificates").get(0).get("familyName").asText()).isEqualTo("Morel");
            assertThat(certificates.get("certificates").get(0).get("children")).hasSize(2);
            assertThat(certificates.get("totalCents").asLong()).isPositive();
        }
    }

    private static JsonNode get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
