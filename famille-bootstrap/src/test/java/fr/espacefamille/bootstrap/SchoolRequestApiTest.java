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
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00", Map.of("FAMILLE_TOWN_NAME", "Montoir-de-Bretagne",
                "FAMILLE_NURSERY_NAME", "Les Lucioles", "FAMILLE_NURSERY_PHONE", "02 40 45 45 10"));
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
        return upload(portal, token, kind);
    }

    static String upload(TestPortal portal, String token, String kind) {
        CanteenTown.Multipart body = CanteenTown.Multipart.of(Map.of("kind", kind), "file", "piece.pdf", CanteenTown.PDF);
        return expect(201, CanteenTown.send(portal, "POST", "/api/v1/documents",
                Map.of("Authorization", "Bearer " + token, "Content-Type", body.contentType()), body.bytes())).json().get("id").asText();
    }

    /** A request body for Inès (born in 2021: CP in 2027-2028) at {@code line1}, with its two documents. */
    static Map<String, Object> body(String token, String firstName, String line1, String proofIssuedOn) {
        return body(portal, token, firstName, line1, proofIssuedOn);
    }

    static Map<String, Object> body(TestPortal portal, String token, String firstName, String line1, String proofIssuedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolYear", "2027-2028");
        body.put("child", Map.of("firstName", firstName, "lastName", "Benali", "birthDate", "2021-05-04"));
        body.put("address", Map.of("line1", line1, "postcode", "44480", "city", "Donges"));
        body.put("guardians", List.of(Map.of("firstName", "Nadia", "lastName", "Benali", "email", "nadia-" + java.util.UUID.randomUUID() + "@example.fr"),
                Map.of("firstName", "Karim", "lastName", "Benali")));
        body.put("parentsSeparated", false);
        body.put("canteen", true);
        body.put("documents", List.of(
                Map.of("documentId", upload(portal, token, "PROOF_OF_ADDRESS"), "kind", "PROOF_OF_ADDRESS", "issuedOn", proofIssuedOn),
                Map.of("documentId", upload(portal, token, "BIRTH_CERTIFICATE"), "kind", "BIRTH_CERTIFICATE")));
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

    /** Another town's pages name its own multi-accueil and its phone, never the reference town's. */
    @Test
    void another_town_s_pages_name_its_own_multi_accueil() {
        for (String page : List.of("/", "/contact", "/tarifs", "/mode-d-emploi")) {
            assertThat(expect(200, portal.page(page, null)).body()).as(page)
                    .containsPattern("[Mm]ulti-accueil (<span class=\"together\">)?«\u00a0Les Lucioles\u00a0»")
                    .doesNotContain("Bout d'chou", "Bout d&#39;chou", "Mairie de Donges");
        }
        assertThat(portal.page("/contact", null).body()).contains("02\u00a040\u00a045\u00a045\u00a010");
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
        assertThat(text).contains(accepted.get("certificateNumber").asText(), "Inès Benali", "CP", "École Jacques-Prévert", "2027-2028",
                "Mairie de Montoir-de-Bretagne", "Le maire de Montoir-de-Bretagne certifie", "Fait à Montoir-de-Bretagne, le");

        // the applicant is now the first guardian of the new family, and sees the child
        JsonNode me = expect(200, portal.call("GET", "/api/v1/me", token, null)).json();
        assertThat(me.get("role").asText()).isEqualTo("PARENT");
        assertThat(me.get("family").get("id").asText()).isEqualTo(accepted.get("familyId").asText());
        // the account behind the session is remembered a moment, but forgotten when the decision changed it
        JsonNode children = expect(200, portal.call("GET", "/api/v1/children", token, null)).json();
        assertThat(children).singleElement().satisfies(c -> {
            assertThat(c.get("schoolId").asText()).isEqualTo(prevert);
            assertThat(c.get("grade").asText()).isEqualTo("CP");
            assertThat(c.get("services").toString()).contains("CANTEEN");
        });
        assertThat(Outbox.all(portal).stream().filter(m -> m.text().contains("Inès Benali"))).hasSizeGreaterThanOrEqualTo(4);

        // the second guardian has no account: from the new family's page, staff print the key letter, for them only
        String family = accepted.get("familyId").asText();
        PlainBrowser staff = signedInAdmin();
        PlainBrowser.Page staffCertificate = staff.get("/agents/inscriptions/" + id + "/certificat");
        assertThat(staffCertificate.status()).as("staff download the certificate too").isEqualTo(200);
        assertThat(staffCertificate.contentType()).startsWith("application/pdf");
        assertThat(new PdfTextExtractor(new PdfReader(staffCertificate.bytes())).getTextFromPage(1))
                .contains(accepted.get("certificateNumber").asText(), "Inès Benali");
        assertThat(staff.get("/agents/familles/" + family).body()).contains("Karim", "Imprimer une nouvelle lettre de clé");
        PlainBrowser.Page letters = staff.post("/agents/familles/" + family + "/lettres-de-cle", Map.of());
        assertThat(letters.status()).isEqualTo(200);
        assertThat(letters.contentType()).startsWith("application/pdf");
        PdfReader reader = new PdfReader(letters.bytes());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Karim Benali").doesNotContain("Nadia");
    }

    private static PlainBrowser signedInAdmin() {
        PlainBrowser staff = new PlainBrowser(portal);
        staff.get("/connexion");
        assertThat(staff.post("/connexion", Map.of("login", "admin", "password", TestPortal.ADMIN_PASSWORD)).status()).isEqualTo(303);
        return staff;
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
    }

    @Test
    void outside_the_campaign_parents_are_refused_but_staff_record_a_request_at_the_counter() {
        String token = applicant();
        Map<String, Object> closed = body(token, "Rayan", "3 rue de la Loire", "2026-09-01");
        closed.put("schoolYear", "2028-2029");
        assertProblem(submit(token, closed), 422, "CAMPAIGN_CLOSED");

        Map<String, Object> counter = body(agent, "Rayan", "3 rue de la Loire", "2026-09-01");
        counter.put("schoolYear", "2028-2029");
        JsonNode recorded = expect(201, submit(agent, counter)).json();

        assertThat(recorded.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(recorded.get("grade").asText()).isEqualTo("CE1");
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/school-requests?status=SUBMITTED", agent, null)).json()
                .findValuesAsText("id")).contains(recorded.get("id").asText());
    }

    @Test
    void a_withdrawn_request_resubmitted_is_not_editable_and_the_child_may_be_asked_again_in_a_new_request() {
        String token = applicant();
        String id = expect(201, submit(token, body(token, "Noé", "3 rue de la Loire", "2026-09-01"))).json().get("id").asText();
        assertThat(expect(200, portal.call("DELETE", "/api/v1/school-requests/" + id, token, null)).json().get("status").asText())
                .isEqualTo("WITHDRAWN");

        assertProblem(portal.call("PUT", "/api/v1/school-requests/" + id, token, body(token, "Noé", "3 rue de la Loire", "2026-09-01")),
                409, "NOT_EDITABLE");
        assertProblem(portal.call("DELETE", "/api/v1/school-requests/" + id, token, null), 409, "NOT_EDITABLE");
        assertProblem(decide(id, Map.of("decision", "ACCEPT")), 409, "NOT_EDITABLE");
        JsonNode withdrawn = expect(200, portal.call("GET", "/api/v1/school-requests/" + id, token, null)).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("history").findValuesAsText("status")).containsExactly("SUBMITTED", "WITHDRAWN");

        JsonNode again = expect(201, submit(token, body(token, "Noé", "3 rue de la Loire", "2026-09-01"))).json();
        assertThat(again.get("id").asText()).isNotEqualTo(id);
        assertThat(again.get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void an_address_with_no_number_on_a_street_split_between_schools_is_filed_off_the_map() {
        String token = applicant();

        JsonNode filed = expect(201, submit(token, body(token, "Jade", "Rue de la Loire", "2026-09-01"))).json();

        assertThat(filed.get("outOfSectorMap").asBoolean()).isTrue();
        assertThat(filed.has("sectorSchoolId") && !filed.get("sectorSchoolId").isNull()).isFalse();
        JsonNode queued = expect(200, portal.call("GET", "/api/v1/admin/school-requests?status=SUBMITTED", agent, null)).json();
        assertThat(queued).anySatisfy(r -> {
            assertThat(r.get("id").asText()).isEqualTo(filed.get("id").asText());
            assertThat(r.get("outOfSectorMap").asBoolean()).isTrue();
        });
        assertProblem(decide(filed.get("id").asText(), Map.of("decision", "ACCEPT")), 400, "VALIDATION_FAILED");
        assertThat(expect(200, decide(filed.get("id").asText(), Map.of("decision", "ACCEPT", "schoolId", brassens))).json()
                .get("status").asText()).as("staff choose the school").isEqualTo("ACCEPTED");
    }

    @Test
    void a_child_already_enrolled_in_a_school_of_the_town_for_the_year_is_refused() {
        String nadia = applicant();
        String id = expect(201, submit(nadia, body(nadia, "Yanis", "7 rue de la Loire", "2026-09-01"))).json().get("id").asText();
        expect(200, decide(id, Map.of("decision", "ACCEPT")));
        String karim = applicant();

        assertProblem(submit(karim, body(karim, "Yanis", "7 rue de la Loire", "2026-09-01")), 409, "ALREADY_ENROLLED");
        assertThat(expect(200, portal.call("GET", "/api/v1/school-requests", karim, null)).json()).isEmpty();
    }

    @Test
    void an_applicant_who_already_has_a_family_account_is_sent_to_the_family_s_space() {
        JsonNode family = AccountApiTest.family(portal, agent);
        String parent = AccountApiTest.uniqueUsername();
        expect(201, AccountApiTest.activate(portal, AccountApiTest.key(family, 0), parent, AccountApiTest.PASSWORD));
        String username = AccountApiTest.uniqueUsername();
        expect(201, portal.call("POST", "/api/v1/applicants", null, Map.of("username", username, "password", AccountApiTest.PASSWORD,
                "email", parent.toUpperCase() + "@example.fr")));
        String confirmation = Outbox.lastConfirmationToken(portal, parent + "@example.fr");
        expect(204, portal.call("POST", "/api/v1/applicants/confirm", null, Map.of("token", confirmation)));
        String token = portal.signIn(username, AccountApiTest.PASSWORD);

        Response refused = submit(token, body(token, "Paul", "5 rue de la Loire", "2026-09-01"));

        assertProblem(refused, 409, "FAMILY_ALREADY_KNOWN");
        assertThat(refused.json().get("detail").asText()).contains("connectez-vous à l'espace de votre foyer");
        assertThat(expect(200, portal.call("GET", "/api/v1/school-requests", token, null)).json()).isEmpty();
    }

    /** A browser without JavaScript, signed in with a new confirmed applicant account. */
    private static PlainBrowser signedInApplicant() {
        String username = AccountApiTest.uniqueUsername();
        ApplicantAccountTest.confirmedApplicant(portal, username);
        PlainBrowser browser = new PlainBrowser(portal);
        browser.get("/connexion");
        assertThat(browser.post("/connexion", Map.of("login", username, "password", AccountApiTest.PASSWORD)).status())
                .isEqualTo(303);
        return browser;
    }

    @Test
    void the_pages_of_another_family_s_request_are_not_found_like_an_unknown_one() {
        String nadia = applicant();
        String id = expect(201, submit(nadia, body(nadia, "Maya", "5 rue de la Loire", "2026-09-01"))).json().get("id").asText();
        PlainBrowser omar = signedInApplicant();
        String base = "/espace/inscriptions/";

        for (String path : List.of(base + id, base + id + "/modifier", base + id + "/certificat",
                base + "00000000-0000-0000-0000-000000000000", base + "nope")) {
            assertThat(omar.get(path).status()).as(path).isEqualTo(404);
        }
        omar.get(base);
        assertThat(omar.post(base + id + "/retirer", Map.of()).status()).isEqualTo(404);
        assertThat(omar.post(base + id + "/modifier", Map.of("etape", "envoyer")).status()).isEqualTo(404);
        assertThat(omar.get("/agents/inscriptions/" + id).status()).as("staff pages are for school agents").isEqualTo(403);
        assertThat(expect(200, portal.call("GET", "/api/v1/school-requests/" + id, nadia, null)).json().get("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void the_request_form_says_every_error_at_once_keeps_its_files_and_a_withdrawn_request_cannot_be_withdrawn_again() {
        PlainBrowser browser = signedInApplicant();
        assertThat(browser.get("/espace/inscriptions/nouvelle").body()).contains("name=\"_csrf\"", "enctype=\"multipart/form-data\"",
                "1. L'enfant", "6. Les pièces justificatives");
        Map<String, String> empty = Map.of("annee", "2027-2028", "r1Courriel", "pas-une-adresse", "codePostal", "4448");
        PlainBrowser.Page errors = browser.post("/espace/inscriptions/nouvelle", empty);
        assertThat(errors.status()).isEqualTo(422);
        assertThat(errors.body()).contains("Indiquez le prénom de l'enfant.", "Indiquez le numéro et la rue.", "Le code postal s'écrit avec 5 chiffres.",
                "Adresse électronique du premier responsable invalide", "Indiquez si l'enfant déjeunera à la cantine.");
        assertThat(browser.postRaw("/espace/inscriptions/nouvelle", empty).status()).as("no CSRF field").isEqualTo(403);

        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("annee", "2027-2028", "prenom", "Zoé", "nom", "Benali",
                "naissance", "2021-05-04", "adresse", "4 rue de la Loire", "codePostal", "44480", "ville", "Donges", "r1Prenom", "Nadia",
                "r1Nom", "Benali", "cantine", "non"));
        PlainBrowser.Page missing = browser.post("/espace/inscriptions/nouvelle", form);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("Il manque un document obligatoire");
        String token = portal.signIn(username(browser), AccountApiTest.PASSWORD);
        form.put("justificatifId", upload(token, "PROOF_OF_ADDRESS"));
        form.put("justificatifDate", "2026-08-20");
        form.put("identiteId", upload(token, "FAMILY_RECORD"));
        PlainBrowser.Page summary = browser.post("/espace/inscriptions/nouvelle", form);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body()).contains("récapitulatif", "École Jacques-Prévert", "CP", "value=\"envoyer\"");
        assertThat(expect(200, portal.call("GET", "/api/v1/school-requests", token, null)).json()).as("nothing sent yet").isEmpty();
        form.put("etape", "envoyer");
        PlainBrowser.Page sent = browser.post("/espace/inscriptions/nouvelle", form);
        assertThat(sent.status()).isEqualTo(303);
        assertThat(browser.follow(sent).body()).contains("Demande d'inscription de Zoé envoyée", "Déposée", "Retirer ma demande");

        String page = sent.location();
        browser.get(page);
        assertThat(browser.post(page + "/retirer", Map.of()).status()).isEqualTo(303);
        assertThat(browser.get(page).body()).contains("Retirée").doesNotContain("Retirer ma demande");
        PlainBrowser.Page again = browser.post(page + "/retirer", Map.of());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("Cette demande ne peut plus être modifiée");
        assertThat(browser.get(page + "/modifier").status()).as("only an incomplete request is edited").isEqualTo(303);
        assertThat(browser.post(page + "/modifier", form).body()).contains("Cette demande ne peut plus être modifiée");
    }

    /** The username the browser signed in with, read from the page's sign-out button. */
    private static String username(PlainBrowser browser) {
        String html = browser.get("/espace").body();
        int at = html.indexOf("Se déconnecter (");
        return html.substring(at + "Se déconnecter (".length(), html.indexOf(')', at));
    }

    @Test
    void staff_decision_campaign_and_sector_pages_refuse_bad_input_beside_the_field() {
        String nadia = applicant();
        String id = expect(201, submit(nadia, body(nadia, "Adam", "9 rue de la Loire", "2026-09-01"))).json().get("id").asText();
        PlainBrowser staff = signedInAdmin();
        String page = "/agents/inscriptions/" + id;
        assertThat(staff.get("/agents/inscriptions?statut=SUBMITTED&classe=CP").body()).contains("Adam Benali", "École Jacques-Prévert");
        assertThat(staff.get(page).body()).contains("Adam Benali", "Justificatif de domicile", page + "/pieces/");
        PlainBrowser.Page noMessage = staff.post(page + "/decision", Map.of("decision", "INCOMPLETE", "message", " "));
        assertThat(noMessage.status()).isEqualTo(422);
        assertThat(noMessage.body()).contains("Écrivez à la famille ce qui manque.");
        PlainBrowser.Page noReason = staff.post(page + "/decision", Map.of("decision", "REFUSE"));
        assertThat(noReason.body()).contains("Indiquez le motif du refus.");
        assertThat(staff.post(page + "/decision", Map.of("decision", "REFUSE", "motif", "Hors commune.")).status()).isEqualTo(303);
        PlainBrowser.Page late = staff.post(page + "/decision", Map.of("decision", "ACCEPT"));
        assertThat(late.status()).as("already decided").isEqualTo(422);
        assertThat(late.body()).contains("Cette demande ne peut plus être modifiée");
        assertThat(staff.get(page + "/pieces/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);

        staff.get("/agents/inscriptions/campagnes");
        PlainBrowser.Page backwards = staff.post("/agents/inscriptions/campagnes", Map.of("annee", "2027-2028",
                "ouverture", "2026-12-31", "fermeture", "2026-09-01"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("Le formulaire contient des erreurs");
        PlainBrowser.Page noFile = staff.post("/agents/inscriptions/carte-scolaire", Map.of());
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.body()).contains("Choisissez le fichier CSV de la carte scolaire.");
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
    void an_unknown_school_in_the_sector_csv_is_refused_naming_its_line_and_the_map_stays() {
        Response unknown = csv("street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\nRue X;1;9;ALL;Inconnue\n");

        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.json().get("detail").asText()).contains("ligne 3", "école inconnue", "Inconnue");
        assertThat(lookup("14%20rue%20de%20la%20Loire").get("schoolId").asText()).as("the map in place is kept").isEqualTo(prevert);
    }

    @Test
    void overlapping_sector_rows_are_refused_naming_both_lines_and_the_map_stays() {
        Response overlap = csv("street;from;to;side;school\nRue A;1;9;ALL;École Georges-Brassens\nrue-a;5;7;ODD;École Jacques-Prévert\n");

        assertProblem(overlap, 400, "VALIDATION_FAILED");
        assertThat(overlap.json().get("detail").asText()).contains("ligne 3", "ligne 2");
        assertThat(lookup("6%20rue%20A").has("schoolId") && !lookup("6%20rue%20A").get("schoolId").isNull()).isFalse();
        assertThat(lookup("14%20rue%20de%20la%20Loire").get("schoolId").asText()).isEqualTo(prevert);
    }

    @Test
    void the_sector_map_is_checked_line_by_line_read_back_and_looked_up() {
        JsonNode replaced = expect(200, csv("\uFEFFstreet;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\n"
                + "Rue de la Loire;2;98;EVEN;Ecole Jacques-Prevert\n")).json();
        assertThat(replaced.get("rows").asInt()).as("the same map again, with a byte order mark").isEqualTo(2);
        assertProblem(csv("street;from;to;side;school\nRue A;1;9;BOTH;École Georges-Brassens\n"), 400, "VALIDATION_FAILED");
        assertProblem(csv("street;from;to;side;school\nRue A;1;neuf;ALL;École Georges-Brassens\n"), 400, "VALIDATION_FAILED");
        assertProblem(portal.call("PUT", "/api/v1/admin/school-sectors", agent, Map.of("rows", 1)), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(portal.call("GET", "/api/v1/admin/school-sectors/lookup?line1=1%20rue%20A", portal.agent("NURSERY_AGENT"), null),
                403, "FORBIDDEN");

        JsonNode found = lookup("13%20bis%20Rue%20de%20la%20loire");
        assertThat(found.get("schoolId").asText()).isEqualTo(brassens);
        assertThat(found.get("school").asText()).isEqualTo("École Georges-Brassens");
        assertThat(lookup("12B%20RUE%20DE%20LA%20LOIRE").get("schoolId").asText()).isEqualTo(prevert);
        JsonNode none = lookup("rue%20de%20la%20Loire");
        assertThat(none.get("schoolId") == null || none.get("schoolId").isNull()).as("an address with no number on a street split between schools").isTrue();
    }

    private static JsonNode lookup(String line1) {
        return expect(200, portal.call("GET", "/api/v1/admin/school-sectors/lookup?line1=" + line1 + "&postcode=44480&city=Donges",
                agent, null)).json();
    }

    private static String agentOf(String role) {
        return portal.agent(role);
    }
}
