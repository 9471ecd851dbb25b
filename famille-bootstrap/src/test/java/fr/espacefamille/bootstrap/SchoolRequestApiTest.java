package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.AccountApiTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.espacefamille.bootstrap.TestPortal.Response;

/** API.md's "Enrolment requests (§8)" rows end to end over HTTP on H2, each with its error codes. */
class SchoolRequestApiTest {

    static TestPortal portal;
    static String agent;
    static String brassens;
    static String prevert;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
        agent = portal.agent("SCHOOL_AGENT");
        brassens = expect(201, portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Georges-Brassens")))
                .json().get("id").asText();
        prevert = expect(201, portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Jacques-Prévert")))
                .json().get("id").asText();
        expect(200, portal.call("PUT", "/api/v1/admin/school-years/2027-2028", agent, Map.of("start", "2027-09-01", "end", "2028-07-05",
                "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(), "closures", List.of())));
        expect(200, portal.call("PUT", "/api/v1/admin/enrolment-campaigns/2027-2028", agent,
                Map.of("opensOn", "2026-09-01", "closesOn", "2026-12-31")));
        expect(200, csv("street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\n"
                + "Rue de la Loire;2;98;EVEN;Ecole Jacques-Prevert\n"));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Response expect(int status, Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
    }

    static Response csv(String body) {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/admin/school-sectors")))
                .header("Authorization", "Bearer " + agent).header("Content-Type", "text/csv; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static String upload(String token, String kind) {
        CanteenTown.Multipart body = CanteenTown.Multipart.of(Map.of("kind", kind), "file", "piece.pdf", CanteenTown.PDF);
        return expect(201, CanteenTown.send(portal, "POST", "/api/v1/documents",
                Map.of("Authorization", "Bearer " + token, "Content-Type", body.contentType()), body.bytes())).json().get("id").asText();
    }

    /** A request body for Inès (born in 2021: CP in 2027-2028) at {@code line1}, with its two documents. */
    static Map<String, Object> body(String token, String firstName, String line1, String proofIssuedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolYear", "2027-2028");
        body.put("child", Map.of("firstName", firstName, "lastName", "Benali", "birthDate", "2021-05-04"));
        body.put("address", Map.of("line1", line1, "postcode", "44480", "city", "Donges"));
        body.put("guardians", List.of(Map.of("firstName", "Nadia", "lastName", "Benali", "email", "nadia-" + java.util.UUID.randomUUID() + "@example.fr"),
                Map.of("firstName", "Karim", "lastName", "Benali")));
        body.put("parentsSeparated", false);
        body.put("canteen", true);
        body.put("documents", List.of(
                Map.of("documentId", upload(token, "PROOF_OF_ADDRESS"), "kind", "PROOF_OF_ADDRESS", "issuedOn", proofIssuedOn),
                Map.of("documentId", upload(token, "BIRTH_CERTIFICATE"), "kind", "BIRTH_CERTIFICATE")));
        return body;
    }

    private static String applicant() {
        return ApplicantAccountTest.confirmedApplicant(portal, AccountApiTest.uniqueUsername());
    }

    private static Response submit(String token, Map<String, Object> body) {
        return portal.call("POST", "/api/v1/school-requests", token, body);
    }

    private static Response decide(String id, Map<String, Object> decision) {
        return portal.call("POST", "/api/v1/admin/school-requests/" + id + "/decision", agent, decision);
    }

    @Test
    void an_applicant_files_a_request_staff_ask_for_more_it_is_completed_accepted_and_certified() throws Exception {
        String token = applicant();
        Response created = expect(201, submit(token, body(token, "Inès", "12 bis rue de la Loire", "2026-08-20")));
        JsonNode json = created.json();
        assertThat(json.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(json.get("grade").asText()).isEqualTo("CP");
        assertThat(json.get("sectorSchoolId").asText()).isEqualTo(prevert);
        assertThat(json.get("outOfSectorMap").asBoolean()).isFalse();
        assertThat(json.get("derogation").asBoolean()).isFalse();
        String id = json.get("id").asText();

        assertThat(expect(200, portal.call("GET", "/api/v1/school-requests", token, null)).json()).hasSize(1);
        assertProblem(portal.call("PUT", "/api/v1/school-requests/" + id, token, body(token, "Inès", "12 rue de la Loire",
                "2026-08-20")), 409, "NOT_EDITABLE");
        assertProblem(portal.call("GET", "/api/v1/school-requests/" + id + "/certificate", token, null), 404, "NOT_FOUND");

        JsonNode incomplete = expect(200, decide(id, Map.of("decision", "INCOMPLETE", "message", "Il manque le livret de famille."))).json();
        assertThat(incomplete.get("status").asText()).isEqualTo("INCOMPLETE");
        JsonNode read = expect(200, portal.call("GET", "/api/v1/school-requests/" + id, token, null)).json();
        assertThat(read.get("message").asText()).isEqualTo("Il manque le livret de famille.");
        assertThat(read.get("history")).hasSize(2);

        JsonNode completed = expect(200, portal.call("PUT", "/api/v1/school-requests/" + id, token,
                body(token, "Inès", "12 rue de la Loire", "2026-08-20"))).json();
        assertThat(completed.get("status").asText()).isEqualTo("SUBMITTED");

        JsonNode queue = expect(200, portal.call("GET", "/api/v1/admin/school-requests?status=SUBMITTED&grade=CP&schoolId=" + prevert,
                agent, null)).json();
        assertThat(queue).anySatisfy(r -> {
            assertThat(r.get("id").asText()).isEqualTo(id);
            assertThat(r.get("guardians")).hasSize(2);
            assertThat(r.get("documents")).hasSize(2);
            assertThat(r.get("sectorSchoolId").asText()).isEqualTo(prevert);
        });
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/school-requests/counts?status=SUBMITTED", agent, null)).json())
                .anySatisfy(c -> {
                    assertThat(c.get("school").asText()).isEqualTo("École Jacques-Prévert");
                    assertThat(c.get("grade").asText()).isEqualTo("CP");
                    assertThat(c.get("requests").asInt()).isPositive();
                });

        JsonNode accepted = expect(200, decide(id, Map.of("decision", "ACCEPT"))).json();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("certificateNumber").asText()).matches("CI-2027-\\d{6}");
        assertThat(accepted.get("familyId").asText()).isNotBlank();
        assertThat(accepted.get("childId").asText()).isNotBlank();
        assertProblem(portal.call("DELETE", "/api/v1/school-requests/" + id, token, null), 409, "NOT_EDITABLE");

        Response pdf = expect(200, portal.call("GET", "/api/v1/school-requests/" + id + "/certificate", token, null));
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1);
        assertThat(text).contains(accepted.get("certificateNumber").asText(), "Inès Benali", "CP", "École Jacques-Prévert", "2027-2028");

        // the applicant is now the first guardian of the new family, and sees the child
        JsonNode me = expect(200, portal.call("GET", "/api/v1/me", token, null)).json();
        assertThat(me.get("role").asText()).isEqualTo("PARENT");
        assertThat(me.get("family").get("id").asText()).isEqualTo(accepted.get("familyId").asText());
        // the account behind a session is remembered for up to 2 seconds: the new family shows after that
        Thread.sleep(2_100);
        JsonNode children = expect(200, portal.call("GET", "/api/v1/children", token, null)).json();
        assertThat(children).singleElement().satisfies(c -> {
            assertThat(c.get("schoolId").asText()).isEqualTo(prevert);
            assertThat(c.get("grade").asText()).isEqualTo("CP");
            assertThat(c.get("services").toString()).contains("CANTEEN");
        });
        assertThat(Outbox.all(portal).stream().filter(m -> m.text().contains("Inès Benali"))).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void the_rules_of_a_request_and_their_error_codes() {
        String token = applicant();
        assertProblem(submit(token, body(token, "Ali", "3 rue de la Loire", "2026-05-01")), 422, "DOCUMENT_TOO_OLD");
        Map<String, Object> missing = body(token, "Ali", "3 rue de la Loire", "2026-09-01");
        missing.put("documents", List.of(((List<?>) missing.get("documents")).get(0)));
        assertProblem(submit(token, missing), 422, "MISSING_DOCUMENT");
        Map<String, Object> baby = body(token, "Ali", "3 rue de la Loire", "2026-09-01");
        baby.put("child", Map.of("firstName", "Ali", "lastName", "Benali", "birthDate", "2025-01-01"));
        assertProblem(submit(token, baby), 422, "AGE_OUT_OF_RANGE");
        Map<String, Object> closed = body(token, "Ali", "3 rue de la Loire", "2026-09-01");
        closed.put("schoolYear", "2028-2029");
        assertProblem(submit(token, closed), 422, "CAMPAIGN_CLOSED");
        Map<String, Object> derogation = body(token, "Ali", "3 rue de la Loire", "2026-09-01");
        derogation.put("wishedSchoolId", prevert);
        assertProblem(submit(token, derogation), 400, "VALIDATION_FAILED");
        derogation.put("derogationReason", "WORK");
        derogation.put("derogationText", "Mon travail est à côté.");
        JsonNode filed = expect(201, submit(token, derogation)).json();
        assertThat(filed.get("derogation").asBoolean()).isTrue();
        assertThat(filed.get("sectorSchoolId").asText()).isEqualTo(brassens);
        assertProblem(submit(token, body(token, "ALI", "3 rue de la Loire", "2026-09-01")), 409, "DUPLICATE_REQUEST");
        assertProblem(submit(token, Map.of("schoolYear", "2027-2028")), 400, "VALIDATION_FAILED");
        assertProblem(submit(null, derogation), 401, "UNAUTHENTICATED");
        assertProblem(submit(agentOf("NURSERY_AGENT"), derogation), 403, "FORBIDDEN");

        // withdrawn, the same child may be asked again
        String id = filed.get("id").asText();
        assertThat(expect(200, portal.call("DELETE", "/api/v1/school-requests/" + id, token, null)).json().get("status").asText())
                .isEqualTo("WITHDRAWN");
        assertProblem(portal.call("DELETE", "/api/v1/school-requests/" + id, token, null), 409, "NOT_EDITABLE");
        expect(201, submit(token, body(token, "Ali", "Impasse des Hérons", "2026-09-01")));
    }

    @Test
    void another_family_s_request_is_not_found_and_staff_rows_are_for_school_staff() {
        String nadia = applicant();
        String omar = applicant();
        String id = expect(201, submit(nadia, body(nadia, "Lina", "5 rue de la Loire", "2026-09-01"))).json().get("id").asText();

        assertProblem(portal.call("GET", "/api/v1/school-requests/" + id, omar, null), 404, "NOT_FOUND");
        assertProblem(portal.call("PUT", "/api/v1/school-requests/" + id, omar, body(omar, "Lina", "5 rue de la Loire",
                "2026-09-01")), 404, "NOT_FOUND");
        assertProblem(portal.call("DELETE", "/api/v1/school-requests/" + id, omar, null), 404, "NOT_FOUND");
        assertProblem(portal.call("GET", "/api/v1/school-requests/" + id + "/certificate", omar, null), 404, "NOT_FOUND");
        assertProblem(portal.call("GET", "/api/v1/school-requests/nope", omar, null), 404, "NOT_FOUND");
        assertThat(expect(200, portal.call("GET", "/api/v1/school-requests", omar, null)).json()).isEmpty();
        assertProblem(portal.call("GET", "/api/v1/admin/school-requests", nadia, null), 403, "FORBIDDEN");
        assertProblem(decide(id, Map.of("decision", "MAYBE")), 400, "VALIDATION_FAILED");
        assertProblem(decide("00000000-0000-0000-0000-000000000000", Map.of("decision", "ACCEPT")), 404, "NOT_FOUND");
        assertProblem(portal.call("PUT", "/api/v1/admin/enrolment-campaigns/2027", agent,
                Map.of("opensOn", "2026-09-01", "closesOn", "2026-12-31")), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("PUT", "/api/v1/admin/enrolment-campaigns/2027-2028", nadia,
                Map.of("opensOn", "2026-09-01", "closesOn", "2026-12-31")), 403, "FORBIDDEN");

        JsonNode refused = expect(200, decide(id, Map.of("decision", "REFUSE", "reason", "Adresse hors commune."))).json();
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("message").asText()).isEqualTo("Adresse hors commune.");
        assertProblem(decide(id, Map.of("decision", "ACCEPT")), 409, "NOT_EDITABLE");
    }

    @Test
    void two_staff_deciding_at_once_one_wins_and_the_other_gets_not_editable() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String token = applicant();
            ids.add(expect(201, submit(token, body(token, "Enfant" + i, "7 rue de la Loire", "2026-09-01"))).json().get("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Response>> decisions = new ArrayList<>();
        for (String id : ids) {
            decisions.add(() -> decide(id, Map.of("decision", "ACCEPT", "schoolId", brassens, "grade", "CP")));
            decisions.add(() -> decide(id, Map.of("decision", "REFUSE", "reason", "Doublon.")));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(decisions)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(answers.stream().filter(r -> r.status() == 200)).hasSize(3);
        assertThat(answers.stream().filter(r -> r.status() == 409 && r.code().equals("NOT_EDITABLE"))).hasSize(3);
    }

    @Test
    void the_sector_map_is_uploaded_checked_line_by_line_and_looked_up() {
        Response unknown = csv("street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\nRue X;1;9;ALL;Inconnue\n");
        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.json().get("detail").asText()).contains("ligne 3", "école inconnue");
        Response overlap = csv("street;from;to;side;school\nRue A;1;9;ALL;École Georges-Brassens\nrue-a;5;7;ODD;École Jacques-Prévert\n");
        assertThat(overlap.json().get("detail").asText()).contains("ligne 3", "ligne 2");
        assertProblem(csv("street;from;to;side;school\nRue A;1;9;BOTH;École Georges-Brassens\n"), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("PUT", "/api/v1/admin/school-sectors", agent, Map.of("rows", 1)), 415, "UNSUPPORTED_MEDIA_TYPE");

        JsonNode found = expect(200, portal.call("GET", "/api/v1/admin/school-sectors/lookup?line1=13%20bis%20Rue%20de%20la%20loire"
                + "&postcode=44480&city=Donges", agent, null)).json();
        assertThat(found.get("schoolId").asText()).isEqualTo(brassens);
        assertThat(found.get("school").asText()).isEqualTo("École Georges-Brassens");
        JsonNode none = expect(200, portal.call("GET", "/api/v1/admin/school-sectors/lookup?line1=rue%20de%20la%20Loire", agent, null))
                .json();
        assertThat(none.get("schoolId").isNull()).as("an address with no number on a street split between schools").isTrue();
    }

    private static String agentOf(String role) {
        return portal.agent(role);
    }
}
