package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.NurseryHouseholds.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * §9 over real HTTP for applicant accounts (no family yet) and staff corrections: an applicant
 * pre-registers, declares the birth, confirms, accepts the offer and so becomes the first guardian of
 * a new family with the child and its contract; staff correct answers with a reason and the score
 * follows; a grid published later scores the sessions from its date. Today is Monday 1 March 2027.
 */
class CommissionApplicantApiTest {

    private static final String NOW = "2027-03-01T09:00:00+01:00";
    private static final Map<String, Object> WEEK = Map.of("MONDAY", Map.of("start", "08:30", "end", "17:30"),
            "THURSDAY", Map.of("start", "08:30", "end", "17:30"));
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\nacte\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, Object> SOPHIE = Map.of("firstName", "Sophie", "lastName", "Durand", "phone", "0612345678",
            "address", Map.of("line1", "3 rue des Écoles", "postcode", "44480", "city", "Donges"));

    private TestPortal portal;
    private String agent;

    @BeforeEach
    void start() {
        portal = TestPortal.h2(NOW);
        agent = portal.agent("NURSERY_AGENT");
        expect(200, portal.call("PUT", "/api/v1/admin/nursery/grid", agent, Map.of("validFrom", "2026-01-01", "criteria", List.of(
                Map.of("code", "RESIDENT", "label", "Le foyer réside à Donges", "points", 300),
                Map.of("code", "SINGLE_PARENT", "label", "Famille monoparentale", "points", 30),
                Map.of("code", "ALL_PARENTS_WORKING", "label", "Chaque parent du foyer travaille", "points", 40)))));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static Map<String, Object> request(Map<String, Object> child, Map<String, Boolean> answers, Map<String, Object> applicant) {
        Map<String, Object> body = new HashMap<>();
        body.put("child", child);
        body.put("wishedStart", "2027-09-06");
        body.put("schedule", WEEK);
        body.put("answers", answers);
        if (applicant != null) {
            body.put("applicant", applicant);
        }
        return body;
    }

    private String upload(String token, String kind) {
        CanteenTown.Multipart body = CanteenTown.Multipart.of(Map.of("kind", kind), "file", "piece.pdf", PDF);
        return expect(201, CanteenTown.send(portal, "POST", "/api/v1/documents", Map.of("Authorization", "Bearer " + token,
                "Content-Type", body.contentType()), body.bytes())).json().get("id").asText();
    }

    private String applicant() {
        return ApplicantAccountTest.confirmedApplicant(portal, AccountApiTest.uniqueUsername());
    }

    private String email(String token) {
        return expect(200, portal.call("GET", "/api/v1/me", token, null)).json().get("email").asText();
    }

    @Test
    void an_applicant_pre_registers_an_unborn_child_and_accepting_the_offer_makes_its_family_child_and_contract() {
        String sophie = applicant();
        String email = email(sophie);
        String proof = upload(sophie, "PROOF_OF_ADDRESS");

        var missing = portal.call("POST", "/api/v1/nursery-requests", sophie, request(Map.of("firstName", "Lou", "lastName", "Durand",
                "expectedBirthDate", "2027-04-10"), Map.of(), null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).startsWith("applicant");
        Map<String, Object> body = request(Map.of("firstName", "Lou", "lastName", "Durand", "expectedBirthDate", "2027-04-10"),
                Map.of("RESIDENT", true, "SINGLE_PARENT", true), SOPHIE);
        body.put("documents", List.of(Map.of("documentId", proof, "kind", "PROOF_OF_ADDRESS")));
        var created = portal.call("POST", "/api/v1/nursery-requests", sophie, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("status").asText()).isEqualTo("AWAITING_BIRTH");
        assertThat(created.json().get("score").asInt()).isEqualTo(330);
        assertThat(created.json().get("applicant").get("email").asText()).isEqualTo(email);
        assertThat(created.json().get("applicant").get("address").get("city").asText()).isEqualTo("Donges");
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests", sophie, null)).json().findValuesAsText("id")).containsExactly(id);
        String paul = applicant();
        assertThat(portal.call("GET", "/api/v1/nursery-requests/" + id, paul, null).status()).isEqualTo(404);
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests", paul, null)).json()).isEmpty();
        assertThat(portal.call("POST", "/api/v1/nursery-requests/" + id + "/birth", sophie,
                Map.of("birthDate", "2027-02-27", "documentId", upload(paul, "BIRTH_CERTIFICATE"))).status()).isEqualTo(400);

        JsonNode opened = expect(200, portal.call("POST", "/api/v1/nursery-requests/" + id + "/birth", sophie,
                Map.of("birthDate", "2027-02-27", "documentId", upload(sophie, "BIRTH_CERTIFICATE")))).json();
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        String sessionId = expect(201, portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-03-25",
                "startFrom", "2027-09-01", "startTo", "2027-12-31", "confirmBy", "2027-03-20",
                "places", Map.of("BABY", 1, "MIDDLE", 0, "TODDLER", 0)))).json().get("id").asText();
        assertThat(Outbox.to(portal, email)).extracting(Outbox.Sent::subject)
                .contains("Confirmez votre demande de place au multi-accueil «\u00a0Bout d'chou\u00a0»");
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + id + "/confirm", sophie, null));
        expect(200, portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent, Map.of()));
        JsonNode offered = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + id, sophie, null)).json();
        assertThat(offered.get("lastSession").get("rank").asInt()).isEqualTo(1);
        assertThat(portal.call("POST", "/api/v1/nursery-offers/" + offered.get("offer").get("id").asText() + "/answer", paul,
                Map.of("accept", true)).status()).isEqualTo(404);

        JsonNode accepted = expect(200, portal.call("POST", "/api/v1/nursery-offers/" + offered.get("offer").get("id").asText() + "/answer",
                sophie, Map.of("accept", true))).json();

        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        String contractId = accepted.get("contractId").asText();
        // the request stays the account's own, and the session sees the new family at once: accepting forgot the remembered account
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests/" + id, sophie, null)).json().get("status").asText())
                .isEqualTo("ACCEPTED");
        JsonNode me = expect(200, portal.call("GET", "/api/v1/me", sophie, null)).json();
        assertThat(me.toString()).contains("PARENT");
        JsonNode children = expect(200, portal.call("GET", "/api/v1/children", sophie, null)).json();
        assertThat(children.findValuesAsText("firstName")).containsExactly("Lou");
        assertThat(children.get(0).get("services").toString()).contains("NURSERY_REGULAR");
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/nursery/contracts", agent, null)).json().toString())
                .contains(contractId, "2027-09-06");
        assertThat(expect(200, portal.call("GET", "/api/v1/documents", sophie, null)).json().findValuesAsText("id")).contains(proof);
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests", sophie, null)).json().get(0).get("status").asText())
                .isEqualTo("ACCEPTED");
        assertThat(Outbox.to(portal, email)).extracting(Outbox.Sent::subject).contains("Place acceptée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        JsonNode audit = portal.call("GET", "/api/v1/admin/audit?from=2027-03-01&to=2027-03-31", portal.admin(), null).json();
        assertThat(audit.findValuesAsText("action")).contains("FAMILY_CREATED", "NURSERY_OFFER_ACCEPTED", "NURSERY_CONTRACT_REGISTERED");
    }

    @Test
    void staff_correct_answers_with_a_reason_the_score_follows_and_the_family_reads_the_history() {
        String sophie = applicant();
        String id = expect(201, portal.call("POST", "/api/v1/nursery-requests", sophie, request(Map.of("firstName", "Lou",
                "lastName", "Durand", "birthDate", "2026-10-01"), Map.of("RESIDENT", true, "SINGLE_PARENT", true), SOPHIE)))
                .json().get("id").asText();
        String path = "/api/v1/admin/nursery-requests/" + id + "/answers";

        assertThat(portal.call("PUT", path, agent, Map.of("answers", Map.of("RESIDENT", false))).json().get("detail").asText())
                .startsWith("reason");
        assertThat(portal.call("PUT", path, agent, Map.of("answers", Map.of("LOTTERY", true), "reason", "Vu")).status()).isEqualTo(400);
        assertThat(portal.call("PUT", path, agent, Map.of("answers", Map.of("RESIDENT", true), "reason", "Vu")).status())
                .as("nothing changes").isEqualTo(400);
        assertThat(portal.call("PUT", path, sophie, Map.of("answers", Map.of("RESIDENT", true, "ALL_PARENTS_WORKING", true),
                "reason", "Moi")).status()).isEqualTo(403);
        assertThat(portal.call("PUT", "/api/v1/admin/nursery-requests/" + UUID.randomUUID() + "/answers", agent,
                Map.of("answers", Map.of("RESIDENT", false), "reason", "Vu")).status()).isEqualTo(404);
        assertThat(portal.call("PUT", path, agent, "{").status()).isEqualTo(400);

        JsonNode corrected = expect(200, portal.call("PUT", path, agent, Map.of("answers", Map.of("RESIDENT", false),
                "reason", "Justificatif de domicile à Montoir-de-Bretagne"))).json();

        assertThat(corrected.get("score").asInt()).isEqualTo(30);
        JsonNode seen = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + id, sophie, null)).json();
        assertThat(seen.get("score").asInt()).isEqualTo(30);
        assertThat(seen.get("answers").get("RESIDENT").asBoolean()).isFalse();
        JsonNode correction = seen.get("corrections").get(0);
        assertThat(correction.get("reason").asText()).isEqualTo("Justificatif de domicile à Montoir-de-Bretagne");
        assertThat(correction.get("changes").get("RESIDENT").asBoolean()).isFalse();
        assertThat(correction.get("at").asText()).isEqualTo("2027-03-01T09:00:00+01:00");
        JsonNode audit = portal.call("GET", "/api/v1/admin/audit?from=2027-03-01&to=2027-03-01", portal.admin(), null).json();
        assertThat(audit.findValuesAsText("action")).contains("NURSERY_PREREGISTRATION_CORRECTED");
    }

    @Test
    void the_grid_is_staffs_and_a_grid_published_later_scores_the_sessions_from_its_date() {
        var households = new NurseryHouseholds(portal, agent);
        var martin = households.create("Martin");
        assertThat(portal.call("PUT", "/api/v1/admin/nursery/grid", martin.token(), Map.of("validFrom", "2027-03-10", "criteria",
                List.of(Map.of("code", "RESIDENT", "label", "Résident", "points", 100)))).status()).isEqualTo(403);
        assertThat(portal.call("PUT", "/api/v1/admin/nursery/grid", agent, Map.of("validFrom", "2027-03-10", "criteria", List.of()))
                .status()).isEqualTo(400);
        assertThat(portal.call("PUT", "/api/v1/admin/nursery/grid", agent, Map.of("criteria",
                List.of(Map.of("code", "RESIDENT", "label", "Résident", "points", 100)))).status()).isEqualTo(400);
        String id = expect(201, portal.call("POST", "/api/v1/nursery-requests", martin.token(), request(Map.of("firstName", "Inès",
                "lastName", "Martin", "birthDate", "2026-10-01"), Map.of("ALL_PARENTS_WORKING", true), null))).json().get("id").asText();
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests/" + id, martin.token(), null)).json().get("score").asInt())
                .isEqualTo(340);

        // after the request was scored, a grid from the 10th values residence less: the session of the 25th scores with it
        expect(200, portal.call("PUT", "/api/v1/admin/nursery/grid", agent, Map.of("validFrom", "2027-03-10", "criteria", List.of(
                Map.of("code", "RESIDENT", "label", "Le foyer réside à Donges", "points", 200),
                Map.of("code", "ALL_PARENTS_WORKING", "label", "Chaque parent du foyer travaille", "points", 40)))));
        String sessionId = expect(201, portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-03-25",
                "startFrom", "2027-09-01", "startTo", "2027-12-31", "confirmBy", "2027-03-20",
                "places", Map.of("BABY", 1, "MIDDLE", 0, "TODDLER", 0)))).json().get("id").asText();
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + id + "/confirm", martin.token(), null));
        JsonNode allocated = expect(200, portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent, null))
                .json();

        assertThat(allocated.get("groups").get("BABY").get(0).get("score").asInt()).isEqualTo(240);
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests/" + id, martin.token(), null)).json().get("score").asInt())
                .isEqualTo(240);
    }
}
