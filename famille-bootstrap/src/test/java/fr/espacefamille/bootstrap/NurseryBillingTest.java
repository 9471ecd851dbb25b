package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The portal's nursery, as it is wired, feeds billing: a regular contract registered by staff is billed at the PSU rate. */
class NurseryBillingTest {

    private TestPortal portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void a_regular_contract_s_september_is_billed_to_the_family_at_its_psu_rate() {
        portal = TestPortal.h2("2026-08-25T09:00:00+02:00");
        String nurseryAgent = portal.agent("NURSERY_AGENT");
        JsonNode family = expect(201, portal.call("POST", "/api/v1/admin/families", nurseryAgent, Map.of("name", "Berceau",
                "resident", true, "annualResourcesCents", 3_600_000, "dependentChildren", 1,
                "address", Map.of("line1", "5 rue du Port", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Alix", "lastName", "Berceau")),
                "children", List.of(Map.of("firstName", "Noé", "lastName", "Berceau", "birthDate", "2025-02-10"))))).json();
        String child = family.get("children").get(0).get("id").asText();
        // every Monday 8:30–17:00: 8 h 30, four Mondays in September 2026
        expect(201, portal.call("POST", "/api/v1/admin/children/" + child + "/enrolments", nurseryAgent, Map.of("service", "NURSERY_REGULAR",
                "from", "2026-09-01", "to", "2027-07-31", "schedule", Map.of("MONDAY", Map.of("start", "08:30", "end", "17:00")))));

        portal = portal.restartAt("2026-10-05T09:00:00+02:00");
        String finance = portal.agent("FINANCE_AGENT");
        expect(200, portal.call("PUT", "/api/v1/admin/tariffs/nursery", finance, BillingTown.nurseryTariff("2026-09-01")));
        JsonNode run = expect(201, portal.call("POST", "/api/v1/admin/billing-runs", finance,
                Map.of("regie", "EARLY_CHILDHOOD", "month", "2026-09", "issue", true))).json();

        assertThat(run.get("invoices")).hasSize(1);
        JsonNode invoice = expect(200, portal.call("GET", "/api/v1/admin/invoices/" + run.get("invoices").get(0).get("id").asText(),
                finance, null)).json();
        assertThat(invoice.get("number").asText()).isEqualTo("PE-2026-000001");
        assertThat(invoice.get("familyId").asText()).isEqualTo(family.get("id").asText());
        JsonNode line = invoice.get("lines").get(0);
        assertThat(line.get("childId").asText()).isEqualTo(child);
        assertThat(line.get("kind").asText()).isEqualTo("CONTRACT_HOURS");
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("34");
        assertThat(line.get("unitPriceCents").asLong()).isEqualTo(186);
        assertThat(invoice.get("totalCents").asLong()).isEqualTo(34 * 186);
    }
}
