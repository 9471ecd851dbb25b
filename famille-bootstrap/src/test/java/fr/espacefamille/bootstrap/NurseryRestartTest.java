package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.NurseryApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.bootstrap.NurseryHouseholds.Household;

/**
 * The nursery's data survives a restart, on an H2 file and on PostgreSQL: settings, contracts,
 * bookings with their queue, absences and attendance. Restarted later in time, a slot that has
 * started can no longer be cancelled.
 */
class NurseryRestartTest {

    private static final String NOW = "2026-09-01T08:00:00+02:00";

    @Test
    void h2_file_keeps_the_nursery_across_a_restart() throws Exception {
        Path dir = Folders.temporary("famille-nursery");
        everythingSurvives(TestPortal.start(NOW, Database.h2FileUrl(dir), "sa", ""));
    }

    @Test
    void postgres_keeps_the_nursery_across_a_restart() {
        everythingSurvives(TestPortal.start(NOW, TestDatabases.freshMigratedPostgresUrl(), TestDatabases.POSTGRES_USER,
                TestDatabases.POSTGRES_USER));
    }

    private static void everythingSurvives(TestPortal first) {
        TestPortal portal = first;
        try {
            String agent = portal.agent("NURSERY_AGENT");
            NurseryHouseholds households = new NurseryHouseholds(portal, agent);
            Household occasional = households.occasional("Occasionnel");
            Household waiting = households.occasional("Attente");
            Household regular = households.create("Regulier");
            portal.call("PUT", "/api/v1/admin/nursery/settings", agent, Map.of("placesPerSlot", 2, "closures", List.of("2026-12-24")));
            NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/admin/children/" + regular.childId() + "/enrolments", agent,
                    Map.of("service", "NURSERY_REGULAR", "from", "2026-09-01", "to", "2027-06-30", "congesWeeks", List.of("2026-W43"),
                            "schedule", Map.of("THURSDAY", Map.of("start", "08:30", "end", "17:00")))));
            String booking = NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/children/" + occasional.childId()
                    + "/nursery/bookings", occasional.token(), Map.of("date", "2026-09-10", "period", "MORNING"))).json().get("id").asText();
            NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/children/" + waiting.childId() + "/nursery/bookings",
                    waiting.token(), Map.of("date", "2026-09-10", "period", "MORNING")));
            NurseryHouseholds.expect(201, portal.call("POST", "/api/v1/children/" + regular.childId() + "/absences", regular.token(),
                    Map.of("service", "NURSERY", "from", "2026-09-03", "to", "2026-09-03", "reason", "HOSPITALISATION")));
            NurseryHouseholds.expect(200, portal.call("PUT", "/api/v1/admin/nursery/attendance/2026-09-01", agent,
                    List.of(Map.of("childId", occasional.childId(), "arrival", "09:00", "departure", "11:05"))));

            portal = portal.restartAt("2026-09-10T09:00:00+02:00");
            String token = portal.signIn(occasional.username(), NurseryHouseholds.PASSWORD);
            String staff = portal.agent("NURSERY_AGENT");

            JsonNode settings = portal.call("GET", "/api/v1/admin/nursery/settings", staff, null).json();
            assertThat(settings.get("placesPerSlot").asInt()).isEqualTo(2);
            assertThat(settings.get("closures").toString()).isEqualTo("[\"2026-12-24\"]");
            JsonNode contracts = portal.call("GET", "/api/v1/admin/nursery/contracts", staff, null).json();
            assertThat(contracts).singleElement().satisfies(c -> {
                assertThat(c.get("schedule").get("THURSDAY").get("end").asText()).isEqualTo("17:00");
                assertThat(c.get("congesWeeks").toString()).isEqualTo("[\"2026-10-19\"]");
            });
            JsonNode slot = portal.call("GET", "/api/v1/nursery/slots?from=2026-09-10&to=2026-09-10", staff, null).json().get(0);
            assertThat(slot.get("available").asInt()).as("one contract and one booking").isZero();
            JsonNode queued = portal.call("GET", "/api/v1/admin/nursery/waiting-lists", staff, null).json();
            assertThat(queued).as("a started slot's queue is no longer listed").isEmpty();
            JsonNode hours = portal.call("GET", "/api/v1/admin/nursery/billable-hours?childId=" + regular.childId() + "&month=2026-09",
                    staff, null).json();
            assertThat(hours.get(0).get("date").asText()).isEqualTo("2026-09-03");
            assertThat(hours.get(0).get("deductionReason").asText()).isEqualTo("HOSPITALISATION");
            JsonNode attended = portal.call("GET", "/api/v1/admin/nursery/billable-hours?childId=" + occasional.childId()
                    + "&month=2026-09", staff, null).json();
            assertThat(attended).extracting(d -> d.get("date").asText() + ":" + d.get("occasionalHalfHours").asInt())
                    .containsExactly("2026-09-01:5", "2026-09-10:10");

            assertProblem(portal.call("DELETE", "/api/v1/children/" + occasional.childId() + "/nursery/bookings/" + booking, token, null),
                    422, "SLOT_ALREADY_STARTED");
        } finally {
            portal.close();
        }
    }
}
