package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.NurseryHouseholds.Household;

/**
 * Staff act for a family from its file (SPEC §3, issue 14 item 9): book and cancel canteen days even
 * past their deadline, book and cancel nursery slots, report an absence, each audited as the agent;
 * the waiting list names each family with its contact and cancels a request at the family's demand.
 * The clock is frozen on Monday 7 September 2026 at 8:00 in Paris.
 */
class ActForFamilyPagesTest {

    static TestPortal portal;
    static CanteenTown town;
    static String admin;
    static NurseryHouseholds households;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2(CanteenTown.CLOCK);
        town = new CanteenTown(portal);
        admin = portal.admin();
        households = new NurseryHouseholds(portal, portal.agent("NURSERY_AGENT"));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static TestPortal.Response post(String path, Map<String, String> fields) {
        return portal.form(path, admin, fields);
    }

    private static String canteenDay(String child, String date) {
        return portal.call("GET", "/api/v1/children/" + child + "/canteen?from=" + date + "&to=" + date, admin, null).json()
                .get(0).get("status").asText();
    }

    @Test
    void staff_book_and_cancel_a_past_canteen_day_and_report_an_absence_audited_as_staff() {
        String page = "/agents/familles/" + town.martin + "/enfants/" + town.lea;
        var shown = portal.page(page, admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Léa Martin", "lundi 7\u00a0septembre 2026", "Réserver");

        assertThat(post(page + "/cantine", Map.of("date", "2026-09-04", "action", "book")).status()).isEqualTo(303);
        assertThat(canteenDay(town.lea, "2026-09-04")).isEqualTo("BOOKED");
        assertThat(post(page + "/cantine", Map.of("date", "2026-09-04", "action", "cancel")).status()).isEqualTo(303);
        assertThat(canteenDay(town.lea, "2026-09-04")).isEqualTo("NOT_BOOKED");

        var nothing = post(page + "/absence", Map.of("service", "CANTEEN", "from", "2026-09-03", "to", "2026-09-04", "reason", "ILLNESS"));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.body()).contains("id=\"from-error\"", "Aucun repas n");

        post(page + "/cantine", Map.of("date", "2026-09-04", "action", "book"));
        var reported = post(page + "/absence", Map.of("service", "CANTEEN", "from", "2026-09-04", "to", "2026-09-04", "reason", "OTHER"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(303);
        assertThat(canteenDay(town.lea, "2026-09-04")).isEqualTo("ABSENT");
        assertThat(portal.page(page, admin).body()).contains("Absences signalées à la cantine", "04/09/2026 facturé");

        JsonNode audit = portal.call("GET", "/api/v1/admin/audit?from=2026-09-07&to=2026-09-07", admin, null).json();
        assertThat(audit.findValuesAsText("action")).contains("CANTEEN_DAY_BOOKED", "CANTEEN_DAY_CANCELLED", "CANTEEN_ABSENCE_REPORTED");
        for (JsonNode entry : audit) {
            if (List.of("CANTEEN_DAY_BOOKED", "CANTEEN_DAY_CANCELLED", "CANTEEN_ABSENCE_REPORTED").contains(entry.get("action").asText())) {
                assertThat(entry.get("actor").asText()).isEqualTo("admin");
            }
        }
    }

    @Test
    void another_family_s_child_is_not_found_under_this_family() {
        assertThat(portal.page("/agents/familles/" + town.nguyen + "/enfants/" + town.lea, admin).status()).isEqualTo(404);
        assertThat(portal.page("/agents/familles/" + town.martin + "/enfants/" + town.lea, town.claire).status())
                .isEqualTo(403);
    }

    @Test
    void staff_book_and_cancel_nursery_care_and_take_a_request_off_the_waiting_list() {
        portal.call("PUT", "/api/v1/admin/nursery/settings", admin, Map.of("placesPerSlot", 1, "closures", List.of()));
        Household first = households.occasional("Roux");
        Household second = households.occasional("Bernard");
        String firstPage = "/agents/familles/" + first.familyId() + "/enfants/" + first.childId();
        String secondPage = "/agents/familles/" + second.familyId() + "/enfants/" + second.childId();

        assertThat(post(firstPage + "/creche", Map.of("date", "2026-09-10", "period", "MORNING")).status()).isEqualTo(303);
        var waiting = post(secondPage + "/creche", Map.of("date", "2026-09-10", "period", "MORNING"));
        assertThat(waiting.status()).isEqualTo(303);
        assertThat(portal.page(secondPage, admin).body()).contains("en liste d'attente, rang\u00a01");

        var list = portal.page("/agents/creche/attente", admin);
        assertThat(list.body()).contains("Foyer Bernard", second.email(), "Annuler la demande");
        String bookingId = portal.call("GET", "/api/v1/children/" + second.childId() + "/nursery/bookings", admin, null).json()
                .get(0).get("id").asText();
        assertThat(post("/agents/creche/attente/" + second.childId() + "/" + bookingId + "/annuler", Map.of()).status()).isEqualTo(303);
        assertThat(portal.call("GET", "/api/v1/children/" + second.childId() + "/nursery/bookings", admin, null).json()
                .get(0).get("status").asText()).isEqualTo("CANCELLED");

        String confirmed = portal.call("GET", "/api/v1/children/" + first.childId() + "/nursery/bookings", admin, null).json()
                .get(0).get("id").asText();
        assertThat(post(firstPage + "/creche/" + confirmed + "/annuler", Map.of()).status()).isEqualTo(303);
        assertThat(portal.call("GET", "/api/v1/children/" + first.childId() + "/nursery/bookings", admin, null).json()
                .get(0).get("status").asText()).isEqualTo("CANCELLED");

        var refused = post(firstPage + "/creche", Map.of("date", "2026-12-25", "period", "MORNING"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"date-error\"");
    }
}
