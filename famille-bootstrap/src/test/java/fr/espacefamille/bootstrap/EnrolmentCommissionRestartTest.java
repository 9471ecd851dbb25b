package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.TestPortal.Response;

/**
 * School enrolment (§8) and the nursery commission (§9) survive a restart of the portal on H2 and on
 * PostgreSQL: campaign, sector map, requests with their history and message, certificate numbers
 * (the next one follows the last issued before the restart), applicant sessions; grid, requests,
 * sessions with their confirmations, ranked lists and offers.
 */
class EnrolmentCommissionRestartTest {

    private TestPortal portal;

    @AfterEach
    void stop() {
        portal.close();
    }

    private static Response expect(int status, Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private TestPortal open(String database, String clock) {
        return database.equals("postgres") ? TestPortal.postgres(clock) : TestPortal.h2(clock);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void school_requests_and_certificate_numbers_survive_a_restart(String database) {
        portal = open(database, "2026-09-07T08:00:00+02:00");
        String agent = portal.agent("SCHOOL_AGENT");
        String prevert = expect(201, portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Jacques-Prévert")))
                .json().get("id").asText();
        expect(201, portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Georges-Brassens")));
        expect(200, portal.call("PUT", "/api/v1/admin/school-years/2027-2028", agent, Map.of("start", "2027-09-01", "end", "2028-07-05",
                "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(), "closures", List.of())));
        expect(200, portal.call("PUT", "/api/v1/admin/enrolment-campaigns/2027-2028", agent,
                Map.of("opensOn", "2026-09-01", "closesOn", "2026-12-31")));
        expect(200, portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/admin/school-sectors")))
                .header("Authorization", "Bearer " + agent).header("Content-Type", "text/csv; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString("street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\n"
                        + "Rue de la Loire;2;98;EVEN;École Jacques-Prévert\n", StandardCharsets.UTF_8)).build()));
        String nadia = ApplicantAccountTest.confirmedApplicant(portal, AccountApiTest.uniqueUsername());
        String first = expect(201, portal.call("POST", "/api/v1/school-requests", nadia,
                SchoolRequestApiTest.body(portal, nadia, "Inès", "12 rue de la Loire", "2026-08-20"))).json().get("id").asText();
        expect(200, portal.call("POST", "/api/v1/admin/school-requests/" + first + "/decision", agent,
                Map.of("decision", "INCOMPLETE", "message", "Il manque le livret de famille.")));
        String omar = ApplicantAccountTest.confirmedApplicant(portal, AccountApiTest.uniqueUsername());
        String second = expect(201, portal.call("POST", "/api/v1/school-requests", omar,
                SchoolRequestApiTest.body(portal, omar, "Adam", "14 rue de la Loire", "2026-08-20"))).json().get("id").asText();
        assertThat(expect(200, portal.call("POST", "/api/v1/admin/school-requests/" + second + "/decision", agent,
                Map.of("decision", "ACCEPT"))).json().get("certificateNumber").asText()).isEqualTo("CI-2027-000001");

        portal = portal.restart();

        JsonNode read = expect(200, portal.call("GET", "/api/v1/school-requests/" + first, nadia, null)).json();
        assertThat(read.get("status").asText()).isEqualTo("INCOMPLETE");
        assertThat(read.get("message").asText()).isEqualTo("Il manque le livret de famille.");
        assertThat(read.get("history").findValuesAsText("status")).containsExactly("SUBMITTED", "INCOMPLETE");
        assertThat(read.get("sectorSchoolId").asText()).isEqualTo(prevert);
        JsonNode found = expect(200, portal.call("GET", "/api/v1/admin/school-sectors/lookup?line1=7%20rue%20de%20la%20Loire", agent, null))
                .json();
        assertThat(found.get("school").asText()).isEqualTo("École Georges-Brassens");
        expect(200, portal.call("PUT", "/api/v1/school-requests/" + first, nadia,
                SchoolRequestApiTest.body(portal, nadia, "Inès", "12 rue de la Loire", "2026-08-20")));
        assertThat(expect(200, portal.call("POST", "/api/v1/admin/school-requests/" + first + "/decision", agent,
                Map.of("decision", "ACCEPT"))).json().get("certificateNumber").asText()).as("numbers go on after a restart")
                .isEqualTo("CI-2027-000002");

        portal = portal.restart();

        Response certificate = expect(200, portal.call("GET", "/api/v1/school-requests/" + second + "/certificate", omar, null));
        assertThat(certificate.contentType()).startsWith("application/pdf");
        JsonNode accepted = expect(200, portal.call("GET", "/api/v1/school-requests/" + first, nadia, null)).json();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("certificateNumber").asText()).isEqualTo("CI-2027-000002");
        assertThat(accepted.get("history").findValuesAsText("status")).containsExactly("SUBMITTED", "INCOMPLETE", "SUBMITTED", "ACCEPTED");
        assertThat(expect(200, portal.call("GET", "/api/v1/me", nadia, null)).json().get("role").asText()).isEqualTo("PARENT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void the_grid_requests_sessions_and_offers_survive_a_restart(String database) {
        portal = open(database, "2027-03-01T09:00:00+01:00");
        String agent = portal.agent("NURSERY_AGENT");
        expect(200, portal.call("PUT", "/api/v1/admin/nursery/grid", agent, Map.of("validFrom", "2026-01-01", "criteria", List.of(
                Map.of("code", "RESIDENT", "label", "Le foyer réside à Donges", "points", 300),
                Map.of("code", "ALL_PARENTS_WORKING", "label", "Chaque parent du foyer travaille", "points", 40)))));
        NurseryHouseholds households = new NurseryHouseholds(portal, agent);
        var arnaud = households.create("Arnaud");
        var blanc = households.create("Blanc");
        String sessionId = expect(201, portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-03-25",
                "startFrom", "2027-09-01", "startTo", "2027-12-31", "confirmBy", "2027-03-20",
                "places", Map.of("BABY", 1, "MIDDLE", 0, "TODDLER", 0)))).json().get("id").asText();
        String first = preRegister(arnaud.token(), "Léo", Map.of("ALL_PARENTS_WORKING", true));
        String second = preRegister(blanc.token(), "Lou", Map.of());
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + first + "/confirm", arnaud.token(), null));
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + second + "/confirm", blanc.token(), null));
        expect(200, portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent,
                Map.of("overrides", List.of(Map.of("requestId", second, "rank", 1, "reason", "Parent hospitalisé")))));

        portal = portal.restart();

        JsonNode session = expect(200, portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId, agent, null)).json();
        assertThat(session.get("groups").get("BABY").findValuesAsText("requestId")).containsExactly(second, first);
        assertThat(session.get("groups").get("BABY").findValuesAsText("status")).containsExactly("OFFERED", "WAITING");
        assertThat(session.get("overrides").get(0).get("reason").asText()).isEqualTo("Parent hospitalisé");
        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent, Map.of()).code())
                .isEqualTo("ALREADY_ALLOCATED");
        JsonNode offered = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + second, blanc.token(), null)).json();
        assertThat(offered.get("offer").get("replyBy").asText()).isEqualTo("2027-03-09T23:59:00+01:00");
        assertThat(offered.get("lastSession").get("rank").asInt()).isEqualTo(1);
        JsonNode waiting = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + first, arnaud.token(), null)).json();
        assertThat(waiting.get("score").asInt()).as("340, and +10 for the session that examined it without an offer").isEqualTo(350);
        assertThat(waiting.get("lastSession").get("rank").asInt()).isEqualTo(2);
        expect(200, portal.call("POST", "/api/v1/nursery-offers/" + offered.get("offer").get("id").asText() + "/answer", blanc.token(),
                Map.of("accept", false)));

        portal = portal.restart();

        JsonNode next = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + first, arnaud.token(), null)).json();
        assertThat(next.get("offer").get("start").asText()).as("the refused place went to the next").isEqualTo("2027-09-06");
        JsonNode after = expect(200, portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId, agent, null)).json();
        assertThat(after.get("groups").get("BABY").findValuesAsText("status")).containsExactly("REFUSED", "OFFERED");
    }

    private String preRegister(String token, String firstName, Map<String, Boolean> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("child", Map.of("firstName", firstName, "lastName", "Martin", "birthDate", "2026-10-01"));
        body.put("wishedStart", "2027-09-06");
        body.put("schedule", Map.of("MONDAY", Map.of("start", "08:30", "end", "17:30")));
        body.put("answers", answers);
        return expect(201, portal.call("POST", "/api/v1/nursery-requests", token, body)).json().get("id").asText();
    }
}
