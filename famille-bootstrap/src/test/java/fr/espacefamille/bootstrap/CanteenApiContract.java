package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.CanteenTown.PDF;
import static fr.espacefamille.bootstrap.CanteenTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.family.FamilyId;

/**
 * API.md's canteen, document and related staff rows end to end over HTTP — every error code —
 * on one database; {@link CanteenApiH2Test} and {@link CanteenApiPostgresTest} run it on each.
 * The clock is frozen on Monday 7 September 2026 at 08:00 in Paris: Monday's deadline has
 * passed (Friday 10:00), Tuesday's has not (today 10:00).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CanteenApiContract {

    TestPortal portal;
    CanteenTown town;

    abstract TestPortal start();

    @BeforeAll
    void startPortal() {
        portal = start();
        town = new CanteenTown(portal);
    }

    @AfterAll
    void stopPortal() {
        portal.close();
    }

    private TestPortal.Response call(String method, String path, String token, Object body) {
        return portal.call(method, "/api/v1" + path, token, body);
    }

    private static void refused(TestPortal.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "java.");
    }

    // --- the days of a range

    @Test
    void a_parent_reads_a_week_one_entry_per_calendar_day() {
        var r = call("GET", "/children/" + town.lea + "/canteen?from=2026-09-07&to=2026-09-13", town.claire, null);

        assertThat(r.status()).isEqualTo(200);
        JsonNode days = r.json();
        assertThat(days).hasSize(7);
        assertThat(days.get(0).get("date").asText()).isEqualTo("2026-09-07");
        assertThat(days.get(0).get("editable").asBoolean()).as("Monday's deadline has passed").isFalse();
        assertThat(days.get(1).get("status").asText()).isIn("NOT_BOOKED", "BOOKED");
        assertThat(days.get(1).get("deadline").asText()).isEqualTo("2026-09-07T10:00:00+02:00");
        assertThat(days.get(1).get("editable").asBoolean()).isTrue();
        assertThat(days.get(2).get("status").asText()).isEqualTo("NO_SERVICE");
        assertThat(days.get(2).has("deadline")).as("no deadline without service").isFalse();
        assertThat(days.get(2).get("editable").asBoolean()).isFalse();
    }

    @Test
    void the_range_is_refused_when_not_enrolled_too_long_incomplete_or_another_family_s() {
        refused(call("GET", "/children/" + town.malo + "/canteen?from=2026-09-07&to=2026-09-13", town.helene, null), 422, "NOT_ENROLLED");
        var tooLong = call("GET", "/children/" + town.lea + "/canteen?from=2026-09-01&to=2026-12-03", town.claire, null);
        refused(tooLong, 400, "VALIDATION_FAILED");
        assertThat(tooLong.json().get("detail").asText()).startsWith("to");
        assertThat(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-01&to=2026-12-02", town.claire, null).json())
                .as("93 days").hasSize(93);
        refused(call("GET", "/children/" + town.lea + "/canteen?to=2026-09-13", town.claire, null), 400, "VALIDATION_FAILED");
        refused(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-31&to=2026-10-01", town.claire, null), 400, "VALIDATION_FAILED");
        refused(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-07&to=2026-09-13", town.helene, null), 404, "NOT_FOUND");
        refused(call("GET", "/children/" + UUID.randomUUID() + "/canteen?from=2026-09-07&to=2026-09-13", town.claire, null), 404, "NOT_FOUND");
        refused(call("GET", "/children/not-an-id/canteen?from=2026-09-07&to=2026-09-13", town.claire, null), 404, "NOT_FOUND");
        refused(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-07&to=2026-09-13", null, null), 401, "UNAUTHENTICATED");
    }

    // --- booking and cancelling a day

    @Test
    void a_parent_books_and_cancels_before_the_deadline_idempotently() {
        String day = "/children/" + town.lea + "/canteen/2026-09-10";
        var booked = call("PUT", day, town.claire, null);
        assertThat(booked.status()).isEqualTo(200);
        assertThat(booked.json().get("date").asText()).isEqualTo("2026-09-10");
        assertThat(booked.json().get("status").asText()).isEqualTo("BOOKED");
        assertThat(call("PUT", day, town.claire, null).json().get("status").asText()).isEqualTo("BOOKED");
        assertThat(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-10&to=2026-09-10", town.claire, null)
                .json().get(0).get("status").asText()).isEqualTo("BOOKED");

        var cancelled = call("DELETE", day, town.claire, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("NOT_BOOKED");
        assertThat(call("DELETE", day, town.claire, null).json().get("status").asText()).isEqualTo("NOT_BOOKED");
    }

    @Test
    void every_booking_error_code() {
        refused(call("PUT", "/children/" + town.lea + "/canteen/2026-09-07", town.claire, null), 422, "BOOKING_DEADLINE_PASSED");
        refused(call("DELETE", "/children/" + town.lea + "/canteen/2026-09-07", town.claire, null), 422, "BOOKING_DEADLINE_PASSED");
        refused(call("PUT", "/children/" + town.lea + "/canteen/2026-09-09", town.claire, null), 422, "NOT_A_SERVICE_DAY");
        refused(call("PUT", "/children/" + town.lea + "/canteen/2026-09-18", town.claire, null), 422, "NOT_A_SERVICE_DAY");
        refused(call("DELETE", "/children/" + town.lea + "/canteen/2027-08-02", town.claire, null), 422, "NOT_A_SERVICE_DAY");
        refused(call("PUT", "/children/" + town.malo + "/canteen/2026-09-10", town.helene, null), 422, "NOT_ENROLLED");
        refused(call("PUT", "/children/" + town.lea + "/canteen/2026-09-10", town.helene, null), 404, "NOT_FOUND");
        refused(call("PUT", "/children/" + town.lea + "/canteen/10-09-2026", town.claire, null), 400, "VALIDATION_FAILED");
        refused(call("PUT", "/children/" + town.lea + "/canteen/2026-09-10", portal.agent("NURSERY_AGENT"), null), 403, "FORBIDDEN");
    }

    @Test
    void school_agents_change_any_child_s_past_days() {
        var r = call("PUT", "/children/" + town.lea + "/canteen/2026-09-03", town.agent, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("BOOKED");
        assertThat(call("DELETE", "/children/" + town.lea + "/canteen/2026-09-03", portal.admin(), null).status()).isEqualTo(200);
        var audit = call("GET", "/admin/audit?from=2026-09-07&to=2026-09-07", portal.admin(), null);
        assertThat(audit.json().findValuesAsText("action")).contains("CANTEEN_DAY_BOOKED", "CANTEEN_DAY_CANCELLED");
    }

    @Test
    void concurrent_bookings_of_one_day_all_succeed_and_book_it_once() throws Exception {
        String day = "/children/" + town.lea + "/canteen/2026-09-17";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TestPortal.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> call("PUT", day, town.claire, null)));
            }
            for (var answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        var audit = call("GET", "/admin/audit?from=2026-09-07&to=2026-09-07", portal.admin(), null).json();
        long rows = 0;
        for (JsonNode entry : audit) {
            if (entry.get("action").asText().equals("CANTEEN_DAY_BOOKED") && entry.get("after").asText().contains("2026-09-17")) {
                rows++;
            }
        }
        assertThat(rows).as("one change, one audit row").isEqualTo(1);
    }

    // --- weekly pattern

    @Test
    void the_weekly_pattern_books_what_it_can_and_says_why_it_skipped_the_rest() {
        var r = call("POST", "/children/" + town.lea + "/canteen/pattern", town.claire,
                Map.of("from", "2026-09-07", "to", "2026-09-20", "weekdays", List.of("MONDAY", "WEDNESDAY", "FRIDAY")));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> booked = new ArrayList<>();
        r.json().get("booked").forEach(d -> booked.add(d.asText()));
        assertThat(booked).containsExactly("2026-09-11", "2026-09-14");
        Map<String, String> skipped = new java.util.TreeMap<>();
        r.json().get("skipped").forEach(s -> skipped.put(s.get("date").asText(), s.get("reason").asText()));
        assertThat(skipped).containsExactly(Map.entry("2026-09-07", "BOOKING_DEADLINE_PASSED"), Map.entry("2026-09-09", "NOT_A_SERVICE_DAY"),
                Map.entry("2026-09-16", "NOT_A_SERVICE_DAY"), Map.entry("2026-09-18", "NOT_A_SERVICE_DAY"));

        var malo = call("POST", "/children/" + town.malo + "/canteen/pattern", town.helene,
                Map.of("from", "2026-09-14", "to", "2026-09-14", "weekdays", List.of("MONDAY")));
        assertThat(malo.json().get("skipped").get(0).get("reason").asText()).isEqualTo("NOT_ENROLLED");
    }

    @Test
    void the_weekly_pattern_refuses_bad_weekdays_and_long_ranges() {
        var badDay = call("POST", "/children/" + town.lea + "/canteen/pattern", town.claire,
                Map.of("from", "2026-09-07", "to", "2026-09-20", "weekdays", List.of("LUNDI")));
        refused(badDay, 400, "VALIDATION_FAILED");
        assertThat(badDay.json().get("detail").asText()).contains("weekdays");
        refused(call("POST", "/children/" + town.lea + "/canteen/pattern", town.claire,
                Map.of("from", "2026-09-07", "to", "2026-12-31", "weekdays", List.of("MONDAY"))), 400, "VALIDATION_FAILED");
        refused(call("POST", "/children/" + town.lea + "/canteen/pattern", town.claire,
                Map.of("from", "2026-09-07", "to", "2026-09-20", "weekdays", List.of())), 400, "VALIDATION_FAILED");
    }

    // --- absences

    @Test
    void an_absence_cancels_what_can_be_and_applies_to_booked_days_past_their_deadline() {
        expect(call("PUT", "/children/" + town.lea + "/canteen/2026-09-07", town.agent, null), 200);
        expect(call("PUT", "/children/" + town.lea + "/canteen/2026-09-08", town.claire, null), 200);
        String certificate = CanteenTown.created(town.upload(town.claire, "MEDICAL_CERTIFICATE", "certificat.pdf", PDF));

        var r = call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN",
                "from", "2026-09-07", "to", "2026-09-08", "reason", "ILLNESS", "documentId", certificate));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("id").asText()).isNotBlank();
        assertThat(r.json().get("days").get(0).asText()).isEqualTo("2026-09-07");
        assertThat(r.json().get("days")).hasSize(1);
        assertThat(r.json().get("cancelled").get(0).asText()).isEqualTo("2026-09-08");
        JsonNode days = call("GET", "/children/" + town.lea + "/canteen?from=2026-09-07&to=2026-09-08", town.claire, null).json();
        assertThat(days.get(0).get("status").asText()).isEqualTo("ABSENT");
        assertThat(days.get(1).get("status").asText()).isEqualTo("NOT_BOOKED");
    }

    @Test
    void every_absence_error_code() {
        var onlyBeforeDeadline = call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "OTHER"));
        assertThat(onlyBeforeDeadline.status()).as("booked days before their deadline are simply cancelled").isEqualTo(201);
        assertThat(onlyBeforeDeadline.json().get("days")).isEmpty();
        assertThat(onlyBeforeDeadline.json().get("cancelled").toString()).isEqualTo("[\"2026-09-21\"]");
        refused(call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "OTHER")), 422, "NOTHING_BOOKED");
        refused(call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "NURSERY",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "OTHER")), 422, "NOTHING_BOOKED");
        refused(call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "PISCINE",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "OTHER")), 400, "VALIDATION_FAILED");
        var past = call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN",
                "from", "2026-09-04", "to", "2026-09-07", "reason", "OTHER"));
        refused(past, 400, "VALIDATION_FAILED");
        assertThat(past.json().get("detail").asText()).startsWith("from");
        refused(call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "GRIPPE")), 400, "VALIDATION_FAILED");
        refused(call("POST", "/children/" + town.lea + "/absences", town.helene, Map.of("service", "CANTEEN",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "OTHER")), 404, "NOT_FOUND");
        refused(call("POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN",
                "from", "2026-09-21", "to", "2026-09-22", "reason", "ILLNESS", "documentId", UUID.randomUUID().toString())),
                400, "VALIDATION_FAILED");
    }

    // --- enrolments and children

    @Test
    void staff_enrol_children_in_the_canteen_once_per_entered_year() {
        String child = town.newPupil("Abel", "Zoé");
        var first = call("POST", "/admin/children/" + child + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2026-2027"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("id").asText()).isNotBlank();
        refused(call("POST", "/admin/children/" + child + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2026-2027")),
                409, "ALREADY_ENROLLED");
        refused(call("POST", "/admin/children/" + town.lea + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2026-2027")),
                409, "ALREADY_ENROLLED");
        refused(call("POST", "/admin/children/" + town.lea + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2030-2031")),
                422, "UNKNOWN_SCHOOL_YEAR");
        refused(call("POST", "/admin/children/" + town.lea + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2026")),
                400, "VALIDATION_FAILED");
        refused(call("POST", "/admin/children/" + town.lea + "/enrolments", town.agent,
                Map.of("service", "NURSERY_OCCASIONAL", "from", "2026-09-01", "to", "2026-12-31")), 403, "FORBIDDEN");
        var unknown = call("POST", "/admin/children/" + town.lea + "/enrolments", town.agent, Map.of("service", "PISCINE"));
        refused(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.json().get("detail").asText()).startsWith("service");
        refused(call("POST", "/admin/children/" + town.lea + "/enrolments", town.claire, Map.of("service", "CANTEEN", "schoolYear", "2026-2027")),
                403, "FORBIDDEN");
        refused(call("POST", "/admin/children/" + UUID.randomUUID() + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2026-2027")),
                404, "NOT_FOUND");
    }

    @Test
    void a_parent_lists_their_children_with_their_services() {
        var r = call("GET", "/children", town.claire, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).hasSize(1);
        JsonNode lea = r.json().get(0);
        assertThat(lea.get("id").asText()).isEqualTo(town.lea);
        assertThat(lea.get("firstName").asText()).isEqualTo("Léa");
        assertThat(lea.get("birthDate").asText()).isEqualTo("2018-03-14");
        assertThat(lea.get("schoolId").asText()).isEqualTo(town.pasteur);
        assertThat(lea.get("services").get(0).asText()).isEqualTo("CANTEEN");
        refused(call("GET", "/children", town.agent, null), 403, "FORBIDDEN");
    }

    // --- school years

    @Test
    void school_years_are_replaced_whole_and_checked() {
        var body = Map.of("start", "2027-09-01", "end", "2028-07-04", "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"),
                "holidays", List.of(), "closures", List.of());
        assertThat(call("PUT", "/admin/school-years/2027-2028", town.agent, body).status()).isEqualTo(200);
        var replaced = call("PUT", "/admin/school-years/2027-2028", town.agent, Map.of("start", "2027-09-02", "end", "2028-07-04"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("weekdays")).as("default weekdays").hasSize(4);
        assertThat(call("GET", "/admin/school-years", town.agent, null).json().findValuesAsText("label")).contains("2026-2027", "2027-2028");
        refused(call("PUT", "/admin/school-years/2027", town.agent, body), 400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/school-years/2028-2029", town.agent, Map.of("start", "2028-07-01", "end", "2029-07-04")),
                422, "SCHOOL_YEARS_OVERLAP");
        refused(call("PUT", "/admin/school-years/2029-2030", town.agent, Map.of("start", "2030-09-01", "end", "2031-07-04")),
                400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/school-years/2029-2030", town.claire, body), 403, "FORBIDDEN");
    }

    // --- attendance and headcounts

    @Test
    void staff_check_attendance_today_or_before_and_see_the_sheet() {
        expect(call("PUT", "/children/" + town.lea + "/canteen/2026-09-04", town.agent, null), 200);
        var r = call("PUT", "/admin/canteen/attendance/" + town.pasteur + "/2026-09-04", town.agent,
                List.of(Map.of("childId", town.lea, "present", false), Map.of("childId", town.malo, "present", true)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode children = r.json().get("children");
        assertThat(children.get(0).get("childId").asText()).as("booked first").isEqualTo(town.lea);
        assertThat(children.get(0).get("present").asBoolean()).isFalse();
        JsonNode malo = null;
        for (JsonNode child : children) {
            malo = child.get("childId").asText().equals(town.malo) ? child : malo;
        }
        assertThat(malo).isNotNull();
        assertThat(malo.get("enrolled").asBoolean()).as("a child not enrolled is marked and flagged").isFalse();
        assertThat(malo.get("present").asBoolean()).isTrue();
        assertThat(call("GET", "/admin/canteen/attendance/" + town.pasteur + "/2026-09-04", town.agent, null).json()
                .get("present").asInt()).isEqualTo(1);
    }

    @Test
    void every_attendance_error_code() {
        String path = "/admin/canteen/attendance/" + town.pasteur;
        var marks = List.of(Map.of("childId", town.lea, "present", true));
        refused(call("PUT", path + "/2026-09-08", town.agent, marks), 422, "DATE_IN_FUTURE");
        refused(call("PUT", path + "/2026-09-02", town.agent, marks), 422, "NOT_A_SERVICE_DAY");
        refused(call("PUT", "/admin/canteen/attendance/" + town.prevert + "/2026-09-07", town.agent, marks), 400, "VALIDATION_FAILED");
        refused(call("PUT", path + "/2026-09-07", town.agent, List.of(Map.of("childId", town.lea))), 400, "VALIDATION_FAILED");
        refused(call("PUT", path + "/2026-09-07", town.agent, Map.of("childId", town.lea)), 400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/canteen/attendance/" + UUID.randomUUID() + "/2026-09-07", town.agent, marks), 404, "NOT_FOUND");
        refused(call("PUT", path + "/2026-09-07", town.claire, marks), 403, "FORBIDDEN");
    }

    @Test
    void headcounts_per_school_and_service_day_as_json_and_csv() {
        expect(call("PUT", "/children/" + town.lea + "/canteen/2026-09-21", town.claire, null), 200);
        var json = call("GET", "/admin/canteen/headcounts?from=2026-09-07&to=2026-09-21", town.agent, null);
        assertThat(json.status()).isEqualTo(200);
        JsonNode last = null;
        for (JsonNode h : json.json()) {
            if (h.get("date").asText().equals("2026-09-21") && h.get("schoolId").asText().equals(town.pasteur)) {
                last = h;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.get("school").asText()).isEqualTo("École Louis Pasteur");
        assertThat(last.get("meals").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(last.get("final").asBoolean()).isFalse();
        assertThat(json.json().get(0).get("final").asBoolean()).as("Monday 7 is past its deadline").isTrue();
        assertThat(json.json().findValuesAsText("date")).doesNotContain("2026-09-09", "2026-09-18");

        var csv = CanteenTown.send(portal, "GET", "/api/v1/admin/canteen/headcounts?from=2026-09-21&to=2026-09-21",
                Map.of("Authorization", "Bearer " + town.agent, "Accept", "text/csv"), null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).contains("date;school;meals", "2026-09-21;\"École Jacques; \"\"Prévert\"\"\";0")
                .anyMatch(line -> line.startsWith("2026-09-21;École Louis Pasteur;"));
        refused(call("GET", "/admin/canteen/headcounts?from=2026-09-01&to=2026-12-31", town.agent, null), 400, "VALIDATION_FAILED");
        refused(call("GET", "/admin/canteen/headcounts?from=2026-09-01&to=2026-09-30", town.claire, null), 403, "FORBIDDEN");
    }

    // --- menus

    @Test
    void staff_publish_menus_everyone_reads_them_without_signing_in() {
        var put = call("PUT", "/admin/menus/2026-09-08", town.agent, Map.of("starter", "Melon", "main", "Lasagnes",
                "dairy", "Yaourt", "dessert", "Pomme", "labels", List.of("ORGANIC", "VEGETARIAN")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        var read = call("GET", "/public/menus?from=2026-09-07&to=2026-09-13", null, null);
        assertThat(read.status()).isEqualTo(200);
        JsonNode menu = read.json().get(0);
        assertThat(menu.get("date").asText()).isEqualTo("2026-09-08");
        assertThat(menu.get("main").asText()).isEqualTo("Lasagnes");
        assertThat(menu.get("labels").toString()).isEqualTo("[\"ORGANIC\",\"VEGETARIAN\"]");
        refused(call("PUT", "/admin/menus/2026-09-09", town.agent, Map.of("main", "Frites")), 422, "NOT_A_SERVICE_DAY");
        refused(call("PUT", "/admin/menus/2026-09-08", town.agent, Map.of("starter", "Melon")), 400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/menus/2026-09-08", town.agent, Map.of("main", "X", "labels", List.of("HALAL_BIO"))), 400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/menus/2026-09-08", town.claire, Map.of("main", "Frites")), 403, "FORBIDDEN");
        refused(call("GET", "/public/menus?from=2026-09-07&to=2027-09-13", null, null), 400, "VALIDATION_FAILED");
    }

    @Test
    void staff_publish_a_whole_week_with_the_allergens_of_each_dish() {
        var put = call("PUT", "/admin/menus?week=2026-W38", town.agent, List.of(
                Map.of("date", "2026-09-14", "starter", "Œuf mayonnaise", "main", "Poisson pané", "dessert", "Pomme",
                        "labels", List.of("LOCAL"), "allergens", Map.of("starter", List.of("EGGS", "MUSTARD"),
                                "main", List.of("FISH", "GLUTEN"))),
                Map.of("date", "2026-09-15", "main", "Lasagnes", "labels", List.of(), "allergens", Map.of("main", List.of("GLUTEN", "MILK")))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        JsonNode week = call("GET", "/public/menus?from=2026-09-14&to=2026-09-20", null, null).json();
        assertThat(week).hasSize(2);
        assertThat(week.get(0).get("allergens").get("starter").toString()).isEqualTo("[\"EGGS\",\"MUSTARD\"]");
        assertThat(week.get(0).get("allergens").get("main").toString()).isEqualTo("[\"GLUTEN\",\"FISH\"]");
        assertThat(week.get(0).get("allergens").get("dairy").toString()).isEqualTo("[]");
        assertThat(week.get(1).get("allergens").get("main").toString()).isEqualTo("[\"GLUTEN\",\"MILK\"]");

        refused(call("PUT", "/admin/menus?week=2026-W38", town.agent, List.of(Map.of("date", "2026-09-21", "main", "Frites"))),
                400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/menus?week=2026-W38", town.agent, List.of(Map.of("date", "2026-09-14", "main", "Frites"),
                Map.of("date", "2026-09-16", "main", "Frites"))), 422, "NOT_A_SERVICE_DAY");
        assertThat(call("GET", "/public/menus?from=2026-09-14&to=2026-09-14", null, null).json().get(0).get("main").asText())
                .as("all or nothing").isEqualTo("Poisson pané");
        refused(call("PUT", "/admin/menus?week=semaine", town.agent, List.of()), 400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/menus/2026-09-14", town.agent, Map.of("main", "X", "allergens", Map.of("main", List.of("CHOCOLATE")))),
                400, "VALIDATION_FAILED");
        refused(call("PUT", "/admin/menus?week=2026-W38", town.claire, List.of()), 403, "FORBIDDEN");
    }

    // --- documents

    @Test
    void a_parent_uploads_lists_and_reads_back_a_document_staff_too_another_family_not() {
        var uploaded = town.upload(town.claire, "INSURANCE", "attestation d'assurance.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode doc = uploaded.json();
        assertThat(doc.get("kind").asText()).isEqualTo("INSURANCE");
        assertThat(doc.get("filename").asText()).isEqualTo("attestation d_assurance.pdf");
        assertThat(doc.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(Instant.parse(doc.get("uploadedAt").asText())).isEqualTo(Instant.parse("2026-09-07T06:00:00Z"));
        String id = doc.get("id").asText();

        assertThat(call("GET", "/documents", town.claire, null).json().findValuesAsText("id")).contains(id);
        var bytes = call("GET", "/documents/" + id, town.claire, null);
        assertThat(bytes.status()).isEqualTo(200);
        assertThat(bytes.contentType()).isEqualTo("application/pdf");
        assertThat(bytes.bytes()).isEqualTo(PDF);
        assertThat(bytes.headers().get("content-security-policy").get(0)).startsWith("sandbox");
        assertThat(call("GET", "/documents/" + id, portal.agent("FINANCE_AGENT"), null).bytes()).isEqualTo(PDF);
        assertThat(call("GET", "/documents?familyId=" + town.martin, town.agent, null).json().findValuesAsText("id")).contains(id);
        refused(call("GET", "/documents/" + id, town.helene, null), 404, "NOT_FOUND");
        refused(call("GET", "/documents?familyId=" + town.martin, town.helene, null), 404, "NOT_FOUND");
        assertThat(call("GET", "/documents", town.helene, null).json().findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void every_document_error_code() {
        refused(town.upload(town.claire, "OTHER", "image.pdf", "GIF89a...".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                415, "UNSUPPORTED_MEDIA_TYPE");
        refused(town.upload(town.claire, "PASSPORT", "a.pdf", PDF), 400, "VALIDATION_FAILED");
        refused(call("POST", "/documents", town.claire, Map.of("kind", "OTHER")), 415, "UNSUPPORTED_MEDIA_TYPE");
        byte[] big = new byte[(int) StorageQuota.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        refused(CanteenTown.sendOversized(() -> town.upload(town.claire, "OTHER", "big.pdf", big)), 413, "PAYLOAD_TOO_LARGE");

        try (Database db = portal.database()) {
            new JdbiDocuments(db.context()).add(new Document(DocumentId.random(), new FamilyId(UUID.fromString(town.nguyen)),
                    DocumentKind.OTHER, "archive.pdf", "application/pdf", StorageQuota.MAX_FAMILY_BYTES - 10, Instant.now(), "seeded-archive"));
        }
        refused(town.upload(town.helene, "OTHER", "one-more.pdf", PDF), 422, "STORAGE_QUOTA_EXCEEDED");
        refused(call("GET", "/documents/" + UUID.randomUUID(), town.claire, null), 404, "NOT_FOUND");
    }

    // --- restart

    @Test
    void the_canteen_s_data_survives_a_restart() {
        expect(call("PUT", "/children/" + town.lea + "/canteen/2026-09-24", town.claire, null), 200);
        expect(call("PUT", "/children/" + town.lea + "/canteen/2026-09-04", town.agent, null), 200);
        expect(call("PUT", "/admin/canteen/attendance/" + town.pasteur + "/2026-09-04", town.agent,
                List.of(Map.of("childId", town.lea, "present", true))), 200);
        expect(call("PUT", "/admin/menus/2026-09-24", town.agent, Map.of("main", "Blanquette")), 200);
        String document = CanteenTown.created(town.upload(town.claire, "OTHER", "avant.pdf", PDF));

        portal = portal.restart();
        town.portal = portal;

        assertThat(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-24&to=2026-09-24", town.claire, null)
                .json().get(0).get("status").asText()).isEqualTo("BOOKED");
        assertThat(call("GET", "/children/" + town.lea + "/canteen?from=2026-09-18&to=2026-09-18", town.claire, null)
                .json().get(0).get("status").asText()).as("the calendar's closure").isEqualTo("NO_SERVICE");
        assertThat(call("GET", "/admin/canteen/attendance/" + town.pasteur + "/2026-09-04", town.agent, null)
                .json().get("children").get(0).get("present").asBoolean()).isTrue();
        assertThat(call("GET", "/public/menus?from=2026-09-24&to=2026-09-24", null, null).json().get(0).get("main").asText())
                .isEqualTo("Blanquette");
        assertThat(call("GET", "/documents/" + document, town.claire, null).bytes()).isEqualTo(PDF);
    }
}
