package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** API.md's family rows end to end, over HTTP, on H2. */
class FamilyApiTest {

    static TestPortal portal;
    static String agent;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-01T08:00:00+02:00");
        agent = portal.agent("SCHOOL_AGENT");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Map<String, Object> martin() {
        return Map.of("name", "Martin", "resident", true, "quotient", 450,
                "address", Map.of("line1", "12 rue de la Loire", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Claire", "lastName", "Martin", "email", "claire.martin@example.fr"),
                        Map.of("firstName", "Julien", "lastName", "Martin")),
                "children", List.of(Map.of("firstName", "Léa", "lastName", "Martin", "birthDate", "2018-03-14", "grade", "CE1")));
    }

    @Test
    void health_is_up() {
        var r = portal.call("GET", "/health", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void staff_create_a_family_and_read_it_back() {
        var created = portal.call("POST", "/api/v1/admin/families", agent, martin());
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("guardians")).hasSize(2);
        assertThat(body.get("guardians").get(0).get("activationKey").asText()).matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}");
        assertThat(body.get("guardians").get(0).get("keyExpiresOn").asText()).isEqualTo("2026-11-30");
        assertThat(body.get("children")).hasSize(1);

        var read = portal.call("GET", "/api/v1/admin/families/" + body.get("id").asText(), agent, null);
        assertThat(read.status()).isEqualTo(200);
        JsonNode family = read.json();
        assertThat(family.get("name").asText()).isEqualTo("Martin");
        assertThat(family.get("quotient").asInt()).isEqualTo(450);
        assertThat(family.get("address").get("city").asText()).isEqualTo("Donges");
        assertThat(family.get("guardians").get(0).get("accountActivated").asBoolean()).isFalse();
        assertThat(family.get("children").get(0).get("firstName").asText()).isEqualTo("Léa");
        assertThat(read.body()).doesNotContain(body.get("guardians").get(0).get("activationKey").asText());

        var found = portal.call("GET", "/api/v1/admin/families?q=lea%20MARTIN", agent, null);
        assertThat(found.json().findValuesAsText("id")).contains(body.get("id").asText());
    }

    @Test
    void quotient_updates_apply_from_their_date() {
        String id = portal.call("POST", "/api/v1/admin/families", agent, martin()).json().get("id").asText();
        var r = portal.call("PUT", "/api/v1/admin/families/" + id + "/quotient", agent, Map.of("quotient", 900, "validFrom", "2027-01-01"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("quotientHistory")).hasSize(2);
        assertThat(r.json().get("quotient").asInt()).as("still 450 today").isEqualTo(450);
    }

    @Test
    void malformed_json_missing_field_and_bad_date_answer_400_naming_the_field() {
        var malformed = portal.call("POST", "/api/v1/admin/families", agent, "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.code()).isEqualTo("VALIDATION_FAILED");

        Map<String, Object> noName = new java.util.HashMap<>(martin());
        noName.remove("name");
        var missing = portal.call("POST", "/api/v1/admin/families", agent, noName);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).contains("name");

        String badDate = "{\"name\":\"X\",\"resident\":true,\"address\":{\"line1\":\"1 rue\",\"postcode\":\"44480\",\"city\":\"Donges\"},"
                        + "\"guardians\":[{\"firstName\":\"A\",\"lastName\":\"B\"}],"
                        + "\"children\":[{\"firstName\":\"C\",\"lastName\":\"B\",\"birthDate\":\"2018-02-31\"}]}";
        var bad = portal.call("POST", "/api/v1/admin/families", agent, badDate);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("birthDate");
        assertThat(bad.body()).doesNotContain("Exception", "java.");
    }

    @Test
    void unknown_and_malformed_ids_are_not_found() {
        assertThat(portal.call("GET", "/api/v1/admin/families/" + java.util.UUID.randomUUID(), agent, null).status()).isEqualTo(404);
        var r = portal.call("GET", "/api/v1/admin/families/not-an-id", agent, null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(portal.call("GET", "/api/v1/nothing-here", agent, null).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void requests_without_token_or_role_are_refused() {
        var anonymous = portal.call("GET", "/api/v1/admin/families", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        String finance = portal.agent("FINANCE_AGENT");
        var wrongRole = portal.call("POST", "/api/v1/admin/families", finance, martin());
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void every_response_carries_security_headers() {
        var r = portal.call("GET", "/health", null, null);
        assertThat(r.headers().get("content-security-policy").get(0)).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().get("x-content-type-options")).containsExactly("nosniff");
        assertThat(r.headers()).containsKey("referrer-policy");
    }
}
