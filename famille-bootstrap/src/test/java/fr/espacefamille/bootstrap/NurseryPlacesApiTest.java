package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.NurseryApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.NurseryHouseholds.Household;

/** Places over HTTP: waiting lists, contracts against full slots, settings that free or close places. One portal per test. */
class NurseryPlacesApiTest {

    TestPortal portal;
    String agent;
    NurseryHouseholds households;

    @BeforeEach
    void start() {
        portal = TestPortal.h2("2026-09-01T08:00:00+02:00");
        agent = portal.agent("NURSERY_AGENT");
        households = new NurseryHouseholds(portal, agent);
        places(1);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private TestPortal.Response places(int places, String... closures) {
        return portal.call("PUT", "/api/v1/admin/nursery/settings", agent, Map.of("placesPerSlot", places, "closures", List.of(closures)));
    }

    private JsonNode book(Household h) {
        var r = portal.call("POST", "/api/v1/children/" + h.childId() + "/nursery/bookings", h.token(),
                Map.of("date", "2026-09-10", "period", "AFTERNOON"));
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    private String statusOf(Household h) {
        return portal.call("GET", "/api/v1/children/" + h.childId() + "/nursery/bookings", h.token(), null).json().get(0).get("status").asText();
    }

    private List<String> mailsTo() {
        return Outbox.all(portal).stream().map(Outbox.Sent::to).toList();
    }

    @Test
    void a_full_slot_queues_requests_and_more_places_confirm_them() {
        Household a = households.occasional("Alpha");
        Household b = households.occasional("Bravo");
        Household c = households.occasional("Charlie");
        assertThat(book(a).get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode second = book(b);
        assertThat(second.get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(second.get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(book(c).get("waitlistPosition").asInt()).isEqualTo(2);
        JsonNode lists = portal.call("GET", "/api/v1/admin/nursery/waiting-lists", agent, null).json();
        assertThat(lists).singleElement().satisfies(l -> {
            assertThat(l.get("date").asText()).isEqualTo("2026-09-10");
            assertThat(l.get("waiting")).extracting(w -> w.get("childId").asText()).containsExactly(b.childId(), c.childId());
        });

        assertThat(places(2).status()).isEqualTo(200);

        assertThat(statusOf(b)).isEqualTo("CONFIRMED");
        assertThat(statusOf(c)).isEqualTo("WAITLISTED");
        assertThat(mailsTo()).containsExactly(b.email());
    }

    @Test
    void fewer_places_than_taken_are_refused() {
        book(households.occasional("Alpha"));
        assertProblem(places(0), 422, "PLACES_ALREADY_TAKEN");
        assertThat(portal.call("GET", "/api/v1/admin/nursery/settings", agent, null).json().get("placesPerSlot").asInt()).isEqualTo(1);
    }

    @Test
    void a_contract_cannot_take_a_place_already_given_and_its_end_frees_places() {
        book(households.occasional("Alpha"));
        Household regular = households.create("Regulier");
        Map<String, Object> body = Map.of("service", "NURSERY_REGULAR", "from", "2026-09-01", "to", "2027-06-30",
                "schedule", Map.of("THURSDAY", Map.of("start", "08:30", "end", "17:00")));
        var full = portal.call("POST", "/api/v1/admin/children/" + regular.childId() + "/enrolments", agent, body);
        assertProblem(full, 422, "NURSERY_FULL");
        assertThat(full.json().get("detail").asText()).contains("jeudi 10 septembre 2026");

        Map<String, Object> mornings = Map.of("service", "NURSERY_REGULAR", "from", "2026-09-01", "to", "2027-06-30",
                "schedule", Map.of("THURSDAY", Map.of("start", "08:30", "end", "12:30")));
        String contract = portal.call("POST", "/api/v1/admin/children/" + regular.childId() + "/enrolments", agent, mornings)
                .json().get("id").asText();
        Household waiting = households.occasional("Bravo");
        assertThat(portal.call("POST", "/api/v1/children/" + waiting.childId() + "/nursery/bookings", waiting.token(),
                Map.of("date", "2026-09-10", "period", "MORNING")).json().get("waitlistPosition").asInt()).isEqualTo(1);

        portal.call("POST", "/api/v1/admin/nursery/contracts/" + contract + "/end", agent, Map.of("lastDay", "2026-09-04"));

        assertThat(statusOf(waiting)).isEqualTo("CONFIRMED");
        assertThat(mailsTo()).containsExactly(waiting.email());
    }

    @Test
    void a_new_closure_cancels_its_bookings_without_charge_and_tells_the_families() {
        Household a = households.occasional("Alpha");
        Household b = households.occasional("Bravo");
        book(a);
        book(b);
        assertThat(places(1, "2026-09-10").status()).isEqualTo(200);
        JsonNode cancelled = portal.call("GET", "/api/v1/children/" + b.childId() + "/nursery/bookings", b.token(), null).json().get(0);
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("billed").asBoolean()).isFalse();
        assertThat(mailsTo()).containsExactlyInAnyOrder(a.email(), b.email());
        assertThat(portal.call("GET", "/api/v1/nursery/slots?from=2026-09-10&to=2026-09-10", agent, null).json()).isEmpty();
    }
}
