package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The demo town on 2 December 2026 has an unpaid invoice at each stage of §11 and tax certificates for 2025 (§12). */
class RemindersDemoTest {

    @Test
    void the_demo_town_has_reminded_waiting_and_transferred_invoices_and_last_year_s_tax_certificates() {
        try (TestPortal demo = TestPortal.demoAt("2026-12-02T10:00:00+01:00")) {
            String token = demo.admin();
            JsonNode invoices = get(demo, "/api/v1/admin/invoices?regie=SCHOOL", token);
            Map<String, JsonNode> byFamily = new HashMap<>();
            invoices.forEach(invoice -> byFamily.put(invoice.get("familyName").asText(), invoice));

            assertThat(byFamily.get("Bernard").get("status").asText()).isEqualTo("TRANSFERRED");
            assertThat(byFamily.get("Robert").get("status").asText()).as("8,40 € waits for 15,00 €").isEqualTo("OVERDUE");
            assertThat(byFamily.get("Lefebvre").get("status").asText()).isEqualTo("OVERDUE");
            JsonNode lefebvre = get(demo, "/api/v1/admin/invoices/" + byFamily.get("Lefebvre").get("id").asText(), token);
            assertThat(lefebvre.get("reminders").toString()).isEqualTo("[{\"level\":1,\"sentOn\":\"2026-11-25\"}]");
            JsonNode robert = get(demo, "/api/v1/admin/invoices/" + byFamily.get("Robert").get("id").asText(), token);
            assertThat(robert.get("reminders")).hasSize(2);

            JsonNode certificates = get(demo, "/api/v1/admin/tax-certificates/2025", token);
            assertThat(certificates.get("count").asInt()).isEqualTo(1);
            assertThat(certificates.get("certificates").get(0).get("familyName").asText()).isEqualTo("Morel");
            assertThat(certificates.get("certificates").get(0).get("children")).hasSize(2);
            assertThat(certificates.get("totalCents").asLong()).isPositive();
        }
    }

    private static JsonNode get(TestPortal demo, String path, String token) {
        TestPortal.Response answer = demo.call("GET", path, token, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
