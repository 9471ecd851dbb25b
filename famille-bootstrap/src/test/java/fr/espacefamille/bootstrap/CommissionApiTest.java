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
 * API.md's "Nursery pre-registration and commission (§9)" over real HTTP: every row with its
 * success shape and its error codes, the e-mails, the audit, the minutes, and an offer expiring
 * across a restart. Today is Monday 1 March 2027.
 */
class CommissionApiTest {

    private static final String NOW = "2027-03-01T09:00:00+01:00";
    private static final Map<String, Object> WEEK = Map.of(
            "MONDAY", Map.of("start", "08:30", "end", "17:30"), "TUESDAY", Map.of("start", "08:30", "end", "17:30"),
            "THURSDAY", Map.of("start", "08:30", "end", "17:30"));
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\nacte\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private TestPortal portal;
    private String agent;
    private NurseryHouseholds households;

    @BeforeEach
    void start() {
        portal = TestPortal.h2(NOW);
        agent = portal.agent("NURSERY_AGENT");
        households = new NurseryHouseholds(portal, agent);
        expect(200, portal.call("PUT", "/api/v1/admin/nursery/grid", agent, Map.of("validFrom", "2026-01-01", "criteria", List.of(
                Map.of("code", "RESIDENT", "label", "Le foyer réside à Donges", "points", 300),
                Map.of("code", "SINGLE_PARENT", "label", "Famille monoparentale", "points", 30),
                Map.of("code", "ALL_PARENTS_WORKING", "label", "Chaque parent du foyer travaille", "points", 40),
                Map.of("code", "TWINS", "label", "Jumeaux ou plus", "points", 20)))));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private static Map<String, Object> request(Map<String, Object> child, String wishedStart, Map<String, Boolean> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("child", child);
        body.put("wishedStart", wishedStart);
        body.put("schedule", WEEK);
        body.put("answers", answers);
        return body;
    }

    private static Map<String, Object> born(String firstName, String birthDate) {
        return Map.of("firstName", firstName, "lastName", "Martin", "birthDate", birthDate);
    }

    private String session(String startFrom, String startTo, int babies) {
        return expect(201, portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-03-25",
                "startFrom", startFrom, "startTo", startTo, "confirmBy", "2027-03-20",
                "places", Map.of("BABY", babies, "MIDDLE", 1, "TODDLER", 0)))).json().get("id").asText();
    }

    private String upload(NurseryHouseholds.Household household, String kind) {
        CanteenTown.Multipart body = CanteenTown.Multipart.of(Map.of("kind", kind), "file", "acte.pdf", PDF);
        return expect(201, CanteenTown.send(portal, "POST", "/api/v1/documents", Map.of("Authorization", "Bearer " + household.token(),
                "Content-Type", body.contentType()), body.bytes())).json().get("id").asText();
    }

    @Test
    void an_unborn_child_is_pre_registered_born_confirmed_offered_a_place_and_gets_its_contract() {
        var martin = households.create("Martin");
        JsonNode grid = expect(200, portal.call("GET", "/api/v1/nursery/grid", martin.token(), null)).json();
        assertThat(grid.get("criteria").findValuesAsText("code")).containsExactly("RESIDENT", "SINGLE_PARENT", "ALL_PARENTS_WORKING", "TWINS");

        var created = portal.call("POST", "/api/v1/nursery-requests", martin.token(), request(Map.of("firstName", "Inès", "lastName", "Martin",
                "expectedBirthDate", "2027-04-10"), "2027-09-06", Map.of("ALL_PARENTS_WORKING", true, "SINGLE_PARENT", false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode request = created.json();
        String id = request.get("id").asText();
        assertThat(request.get("status").asText()).isEqualTo("AWAITING_BIRTH");
        assertThat(request.get("ageGroup").asText()).isEqualTo("BABY");
        assertThat(request.get("score").asInt()).isEqualTo(340);
        assertThat(request.get("breakdown").findValuesAsText("criterion")).containsExactly("RESIDENT", "ALL_PARENTS_WORKING");
        assertThat(request.get("breakdown").get(0).get("points").asInt()).isEqualTo(300);
        assertThat(portal.call("POST", "/api/v1/nursery-requests/" + id + "/confirm", martin.token(), null).code())
                .as("awaiting the birth").isEqualTo("NOT_CONFIRMABLE");

        portal = portal.restartAt("2027-04-12T10:00:00+02:00");
        agent = portal.signIn("admin", TestPortal.ADMIN_PASSWORD);
        var martinToken = portal.signIn(martin.username(), NurseryHouseholds.PASSWORD);
        martin = new NurseryHouseholds.Household(martin.familyId(), martin.childId(), martinToken, martin.email(), martin.username());
        households = new NurseryHouseholds(portal, agent);
        String certificate = upload(martin, "BIRTH_CERTIFICATE");
        JsonNode opened = expect(200, portal.call("POST", "/api/v1/nursery-requests/" + id + "/birth", martin.token(),
                Map.of("birthDate", "2027-04-08", "documentId", certificate))).json();
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("child").get("birthDate").asText()).isEqualTo("2027-04-08");
        assertThat(portal.call("POST", "/api/v1/nursery-requests/" + id + "/birth", martin.token(),
                Map.of("birthDate", "2027-04-08", "documentId", certificate)).code()).isEqualTo("NOT_EDITABLE");

        String sessionId = expect(201, portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-05-03",
                "startFrom", "2027-09-01", "startTo", "2027-12-31", "confirmBy", "2027-04-28",
                "places", Map.of("BABY", 1, "MIDDLE", 0, "TODDLER", 0)))).json().get("id").asText();
        assertThat(Outbox.to(portal, martin.email())).extracting(Outbox.Sent::subject)
                .contains("Confirmez votre demande de place au multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(Outbox.to(portal, martin.email()).get(Outbox.to(portal, martin.email()).size() - 1).text())
                .contains(TestPortal.BASE_URL + "/espace/creche/pre-inscriptions/" + id);
        PlainBrowser.Page link = new PlainBrowser(portal).get("/espace/creche/pre-inscriptions/" + id);
        assertThat(link.status()).as("the mailed link needs the family signed in").isEqualTo(303);
        assertThat(link.location()).startsWith("/connexion");
        JsonNode confirmed = expect(200, portal.call("POST", "/api/v1/nursery-requests/" + id + "/confirm", martin.token(), null)).json();
        assertThat(confirmed.get("confirmation").get("confirmed").asBoolean()).isTrue();
        assertThat(confirmed.get("confirmation").get("sessionId").asText()).isEqualTo(sessionId);

        JsonNode before = expect(200, portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId, agent, null)).json();
        assertThat(before.get("status").asText()).isEqualTo("OPEN");
        assertThat(before.get("groups").get("BABY").get(0).get("status").asText()).isEqualTo("CONFIRMED");

        JsonNode allocated = expect(200, portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent,
                Map.of())).json();
        JsonNode line = allocated.get("groups").get("BABY").get(0);
        assertThat(line.get("requestId").asText()).isEqualTo(id);
        assertThat(line.get("rank").asInt()).isEqualTo(1);
        assertThat(line.get("score").asInt()).isEqualTo(340);
        assertThat(line.get("status").asText()).isEqualTo("OFFERED");
        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent, Map.of()).code())
                .isEqualTo("ALREADY_ALLOCATED");

        JsonNode offered = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + id, martin.token(), null)).json();
        JsonNode offer = offered.get("offer");
        assertThat(offer.get("start").asText()).isEqualTo("2027-09-06");
        assertThat(offer.get("replyBy").asText()).isEqualTo("2027-04-20T23:59:00+02:00");
        assertThat(offered.get("lastSession").get("rank").asInt()).isEqualTo(1);
        assertThat(offered.get("lastSession").get("lastOfferedScore").asInt()).isEqualTo(340);
        assertThat(Outbox.to(portal, martin.email())).extracting(Outbox.Sent::subject)
                .contains("Une place vous est proposée au multi-accueil «\u00a0Bout d'chou\u00a0»");

        String stranger = households.create("Intrus").token();
        assertThat(portal.call("POST", "/api/v1/nursery-offers/" + offer.get("id").asText() + "/answer", stranger,
                Map.of("accept", true)).status()).isEqualTo(404);
        assertThat(portal.call("GET", "/api/v1/nursery-requests/" + id, stranger, null).status()).isEqualTo(404);
        JsonNode accepted = expect(200, portal.call("POST", "/api/v1/nursery-offers/" + offer.get("id").asText() + "/answer",
                martin.token(), Map.of("accept", true))).json();
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        String contractId = accepted.get("contractId").asText();

        JsonNode children = expect(200, portal.call("GET", "/api/v1/children", martin.token(), null)).json();
        JsonNode ines = null;
        for (JsonNode child : children) {
            if (child.get("firstName").asText().equals("Inès")) {
                ines = child;
            }
        }
        assertThat(ines).as(children.toString()).isNotNull();
        assertThat(ines.get("birthDate").asText()).isEqualTo("2027-04-08");
        assertThat(ines.get("services").toString()).contains("NURSERY_REGULAR");
        JsonNode contracts = expect(200, portal.call("GET", "/api/v1/admin/nursery/contracts", agent, null)).json();
        assertThat(contracts.toString()).contains(contractId, "2027-09-06");
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests", martin.token(), null)).json().get(0).get("status").asText())
                .isEqualTo("ACCEPTED");
        JsonNode audit = portal.call("GET", "/api/v1/admin/audit?from=2027-03-01&to=2027-04-30", portal.admin(), null).json();
        assertThat(audit.findValuesAsText("action")).contains("NURSERY_GRID_SET", "NURSERY_PREREGISTRATION_SUBMITTED",
                "NURSERY_PREREGISTRATION_BIRTH", "NURSERY_SESSION_OPENED", "NURSERY_PREREGISTRATION_CONFIRMED",
                "NURSERY_SESSION_ALLOCATED", "NURSERY_OFFER_MADE", "NURSERY_OFFER_ACCEPTED", "NURSERY_CONTRACT_REGISTERED");
    }

    @Test
    void a_second_pending_request_for_the_same_child_is_a_duplicate() {
        var martin = households.create("Martin");
        Map<String, Object> ok = request(born("Inès", "2026-10-01"), "2027-09-06", Map.of());
        expect(201, portal.call("POST", "/api/v1/nursery-requests", martin.token(), ok));

        var again = portal.call("POST", "/api/v1/nursery-requests", martin.token(), request(born("INES", "2026-10-01"), "2027-10-04", Map.of()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DUPLICATE_REQUEST");
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests", martin.token(), null)).json()).hasSize(1);
    }

    @Test
    void a_wished_start_in_the_past_is_refused_naming_the_field() {
        var martin = households.create("Martin");

        var past = portal.call("POST", "/api/v1/nursery-requests", martin.token(), request(born("Lou", "2026-10-01"), "2027-02-01", Map.of()));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(past.json().get("detail").asText()).startsWith("wishedStart");
        assertThat(expect(200, portal.call("GET", "/api/v1/nursery-requests", martin.token(), null)).json()).isEmpty();
    }

    @Test
    void a_schedule_outside_opening_hours_is_refused_naming_the_day() {
        var martin = households.create("Martin");
        Map<String, Object> early = request(born("Noé", "2026-10-01"), "2027-09-06", Map.of());
        early.put("schedule", Map.of("MONDAY", Map.of("start", "07:00", "end", "17:00")));
        Map<String, Object> late = request(born("Noé", "2026-10-01"), "2027-09-06", Map.of());
        late.put("schedule", Map.of("FRIDAY", Map.of("start", "08:00", "end", "18:45")));

        var hours = portal.call("POST", "/api/v1/nursery-requests", martin.token(), early);

        assertThat(hours.status()).isEqualTo(400);
        assertThat(hours.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(hours.json().get("detail").asText()).contains("schedule.MONDAY", "7\u00a0h\u00a030 et 18\u00a0h\u00a030");
        assertThat(portal.call("POST", "/api/v1/nursery-requests", martin.token(), late).json().get("detail").asText())
                .contains("schedule.FRIDAY");
    }

    @Test
    void an_answer_to_an_unknown_criterion_is_refused_naming_it() {
        var martin = households.create("Martin");

        var unknown = portal.call("POST", "/api/v1/nursery-requests", martin.token(),
                request(born("Léa", "2026-10-01"), "2027-09-06", Map.of("LOTTERY", true, "RESIDENT", true)));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(unknown.json().get("detail").asText()).startsWith("answers.LOTTERY");
    }

    @Test
    void bad_pre_registrations_are_refused_with_the_field_or_the_code() {
        var martin = households.create("Martin");
        Map<String, Object> ok = request(born("Inès", "2026-10-01"), "2027-09-06", Map.of());
        assertThat(portal.call("POST", "/api/v1/nursery-requests", martin.token(),
                request(born("Zoé", "2027-08-01"), "2027-09-06", Map.of())).status()).as("born in the future").isEqualTo(400);
        assertThat(portal.call("POST", "/api/v1/nursery-requests", martin.token(),
                request(Map.of("firstName", "Zoé", "lastName", "Martin", "expectedBirthDate", "2027-08-01"), "2027-09-06", Map.of())).code())
                .isEqualTo("AGE_OUT_OF_RANGE");
        assertThat(portal.call("POST", "/api/v1/nursery-requests", null, ok).status()).isEqualTo(401);
        assertThat(portal.call("POST", "/api/v1/nursery-requests", agent, ok).status()).isEqualTo(403);
        assertThat(portal.call("GET", "/api/v1/nursery-requests/" + UUID.randomUUID(), martin.token(), null).status()).isEqualTo(404);
        assertThat(portal.call("GET", "/api/v1/nursery-requests/pas-un-id", martin.token(), null).status()).isEqualTo(404);
        assertThat(portal.call("POST", "/api/v1/nursery-requests", martin.token(), "{").status()).isEqualTo(400);
    }

    @Test
    void two_staff_allocating_at_once_make_the_offers_once() throws Exception {
        String sessionId = session("2027-09-01", "2027-12-31", 1);
        for (String name : List.of("Léo", "Lou", "Noé")) {
            var household = households.create("Famille");
            String id = expect(201, portal.call("POST", "/api/v1/nursery-requests", household.token(),
                    request(born(name, "2026-10-01"), "2027-09-06", Map.of()))).json().get("id").asText();
            expect(200, portal.call("POST", "/api/v1/nursery-requests/" + id + "/confirm", household.token(), null));
        }
        String otherAgent = portal.agent("NURSERY_AGENT");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<TestPortal.Response>> runs = new java.util.ArrayList<>();
        for (String staff : List.of(agent, otherAgent)) {
            runs.add(pool.submit(() -> {
                start.await();
                return portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", staff, Map.of());
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var run : runs) {
            TestPortal.Response response = run.get();
            outcomes.add(response.status() + " " + (response.status() == 200 ? "" : response.code()));
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("200 ", "409 ALREADY_ALLOCATED");
        JsonNode session = expect(200, portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId, agent, null)).json();
        assertThat(session.get("groups").get("BABY").findValuesAsText("status")).containsExactly("OFFERED", "WAITING", "WAITING");
    }

    @Test
    void staff_rank_with_overrides_and_reasons_print_the_minutes_and_refused_places_cascade() throws Exception {
        String first = households.create("Arnaud").token();
        String second = households.create("Blanc").token();
        String sessionId = session("2027-09-01", "2027-12-31", 1);
        String firstId = expect(201, portal.call("POST", "/api/v1/nursery-requests", first,
                request(born("Léo", "2026-10-01"), "2027-09-06", Map.of("ALL_PARENTS_WORKING", true)))).json().get("id").asText();
        String secondId = expect(201, portal.call("POST", "/api/v1/nursery-requests", second,
                request(born("Lou", "2026-11-01"), "2027-09-06", Map.of()))).json().get("id").asText();
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + firstId + "/confirm", first, null));
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + secondId + "/confirm", second, null));

        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-03-26", "startFrom", "2027-12-01",
                "startTo", "2028-01-31", "confirmBy", "2027-03-20", "places", Map.of("BABY", 1))).code()).isEqualTo("SESSION_OVERLAP");
        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions", agent, Map.of("date", "2027-03-26", "startFrom", "2028-01-01",
                "startTo", "2027-12-31", "confirmBy", "2027-03-20", "places", Map.of("BABY", 1))).status()).isEqualTo(400);
        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent,
                Map.of("overrides", List.of(Map.of("requestId", secondId, "rank", 1, "reason", " ")))).status()).isEqualTo(400);
        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", first, Map.of()).status()).isEqualTo(403);
        assertThat(portal.call("POST", "/api/v1/admin/nursery/sessions/" + UUID.randomUUID() + "/allocate", agent, Map.of()).status())
                .isEqualTo(404);

        JsonNode allocated = expect(200, portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent,
                Map.of("overrides", List.of(Map.of("requestId", secondId, "rank", 1, "reason", "Parent hospitalisé"))))).json();
        assertThat(allocated.get("groups").get("BABY").findValuesAsText("requestId")).containsExactly(secondId, firstId);
        assertThat(allocated.get("overrides").get(0).get("reason").asText()).isEqualTo("Parent hospitalisé");
        assertThat(allocated.get("overrides").get(0).get("rank").asInt()).isEqualTo(1);
        expect(200, portal.call("PUT", "/api/v1/admin/nursery/sessions/" + sessionId + "/members", agent,
                Map.of("members", "Mme la Maire ; la directrice du multi-accueil")));

        String offerId = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + secondId, second, null)).json()
                .get("offer").get("id").asText();
        JsonNode refused = expect(200, portal.call("POST", "/api/v1/nursery-offers/" + offerId + "/answer", second, Map.of("accept", false)))
                .json();
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.has("contractId")).isFalse();
        assertThat(portal.call("POST", "/api/v1/nursery-offers/" + offerId + "/answer", second, Map.of("accept", true)).status())
                .isEqualTo(409);
        JsonNode now = expect(200, portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId, agent, null)).json();
        assertThat(now.get("groups").get("BABY").findValuesAsText("status")).containsExactly("REFUSED", "OFFERED");
        assertThat(now.get("members").asText()).isEqualTo("Mme la Maire ; la directrice du multi-accueil");

        var minutes = portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId + "/minutes", agent, null);
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(minutes.contentType()).isEqualTo("application/pdf");
        assertThat(new String(minutes.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String minutesText = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(minutes.bytes()))
                .getTextFromPage(1);
        assertThat(minutesText).contains("Procès-verbal de la commission d'attribution du", "25 mars 2027",
                "Mme la Maire ; la directrice du multi-accueil", "Léo", "Lou", "Parent hospitalisé");
        assertThat(portal.call("GET", "/api/v1/admin/nursery/sessions/" + sessionId + "/minutes", first, null).status()).isEqualTo(403);

        JsonNode listed = expect(200, portal.call("GET", "/api/v1/admin/nursery-requests?status=OPEN&ageGroup=BABY", agent, null)).json();
        List<String> ids = new java.util.ArrayList<>();
        listed.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder(firstId, secondId);
        assertThat(portal.call("GET", "/api/v1/admin/nursery-requests?status=NOPE", agent, null).status()).isEqualTo(400);
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/nursery/sessions", agent, null)).json().get(0).get("id").asText())
                .isEqualTo(sessionId);
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/nursery/grid", agent, null)).json().get(0).get("validFrom").asText())
                .isEqualTo("2026-01-01");
    }

    @Test
    void an_answer_after_the_deadline_is_refused_and_the_start_up_job_had_expired_the_offer() {
        var arnaud = households.create("Arnaud");
        var blanc = households.create("Blanc");
        String sessionId = session("2027-09-01", "2027-12-31", 1);
        String firstId = expect(201, portal.call("POST", "/api/v1/nursery-requests", arnaud.token(),
                request(born("Léo", "2026-10-01"), "2027-09-06", Map.of("ALL_PARENTS_WORKING", true)))).json().get("id").asText();
        String secondId = expect(201, portal.call("POST", "/api/v1/nursery-requests", blanc.token(),
                request(born("Lou", "2026-11-01"), "2027-09-06", Map.of()))).json().get("id").asText();
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + firstId + "/confirm", arnaud.token(), null));
        expect(200, portal.call("POST", "/api/v1/nursery-requests/" + secondId + "/confirm", blanc.token(), null));
        expect(200, portal.call("POST", "/api/v1/admin/nursery/sessions/" + sessionId + "/allocate", agent, null));
        String offerId = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + firstId, arnaud.token(), null)).json()
                .get("offer").get("id").asText();

        portal = portal.restartAt("2027-03-10T08:00:00+01:00");
        String token = portal.signIn(arnaud.username(), NurseryHouseholds.PASSWORD);
        var late = portal.call("POST", "/api/v1/nursery-offers/" + offerId + "/answer", token, Map.of("accept", true));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("OFFER_EXPIRED");
        JsonNode second = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + secondId,
                portal.signIn(blanc.username(), NurseryHouseholds.PASSWORD), null)).json();
        assertThat(second.get("offer").get("replyBy").asText()).isEqualTo("2027-03-18T23:59:00+01:00");
        assertThat(Outbox.to(portal, arnaud.email())).extracting(Outbox.Sent::subject)
                .contains("Proposition de place expirée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        JsonNode mine = expect(200, portal.call("GET", "/api/v1/nursery-requests/" + firstId, token, null)).json();
        assertThat(mine.get("score").asInt()).isEqualTo(320);
        assertThat(mine.get("breakdown").findValuesAsText("criterion")).contains("OFFER_DECLINED");
    }

    @Test
    void confirming_needs_an_open_session_covering_the_wished_start() {
        var martin = households.create("Martin");
        session("2027-09-01", "2027-12-31", 1);
        String later = expect(201, portal.call("POST", "/api/v1/nursery-requests", martin.token(),
                request(born("Inès", "2026-10-01"), "2028-02-01", Map.of()))).json().get("id").asText();

        var refused = portal.call("POST", "/api/v1/nursery-requests/" + later + "/confirm", martin.token(), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("NOT_CONFIRMABLE");
        assertThat(portal.call("POST", "/api/v1/nursery-requests/" + later + "/confirm", households.create("Autre").token(), null).status())
                .isEqualTo(404);
    }
}
