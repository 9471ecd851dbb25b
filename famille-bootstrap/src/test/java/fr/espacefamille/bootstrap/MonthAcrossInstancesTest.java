package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.CanteenTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.canteen.PostgresPupilDaysChanges;
import fr.espacefamille.adapter.jdbc.shared.Database;

/**
 * Month views are answered from memory (RememberedPupilDays): two portals on one PostgreSQL database.
 * A change made through B reaches A by PostgreSQL's notification, which is asynchronous: B answers
 * only once its own listener has heard the change back (sent to every listener at the same commit),
 * and A has heard it a few milliseconds later at most on a loaded machine — so a read on A right
 * after B's answer is retried for up to {@link #TOLD_WITHIN}, and must never stay stale. A's own
 * writes are seen by its next read at once; a cut listening connection leaves nothing trusted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthAcrossInstancesTest {

    /** Far beyond a notification's delay, which is in milliseconds: only a change never told fails. */
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(2);

    private TestPortal a;
    private TestPortal b;
    private CanteenTown town;

    @BeforeAll
    void start() {
        String url = TestDatabases.freshMigratedPostgresUrl();
        a = TestPortal.start(CanteenTown.CLOCK, url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
        b = TestPortal.start(CanteenTown.CLOCK, url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
        town = new CanteenTown(a);
    }

    @AfterAll
    void stop() {
        b.close();
        a.close();
    }

    /** Léa's status on {@code day} of September 2026 as {@code portal} shows it to her mother. */
    private String status(TestPortal portal, String day) {
        var month = expect(portal.call("GET", "/api/v1/children/" + town.lea + "/canteen?from=2026-09-01&to=2026-09-30", town.claire, null), 200);
        for (var entry : month.json()) {
            if (entry.get("date").asText().equals(day)) {
                return entry.get("status").asText();
            }
        }
        throw new AssertionError(day);
    }

    /** Léa's status on {@code day} as A shows it once it has heard of B's change (see {@link #TOLD_WITHIN}). */
    private String statusOnA(String day, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(TOLD_WITHIN);
        String status = status(a, day);
        while (!status.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
            status = status(a, day);
        }
        return status;
    }

    private void changeOn(TestPortal portal, String method, String path, String token, Object body, int status) {
        expect(portal.call(method, "/api/v1" + path, token, body), status);
    }

    @Test
    void a_booking_and_a_cancellation_through_b_are_seen_by_a_as_soon_as_told() throws InterruptedException {
        assertThat(status(a, "2026-09-10")).isEqualTo("NOT_BOOKED");

        changeOn(b, "PUT", "/children/" + town.lea + "/canteen/2026-09-10", town.claire, null, 200);
        assertThat(statusOnA("2026-09-10", "BOOKED")).isEqualTo("BOOKED");

        changeOn(b, "DELETE", "/children/" + town.lea + "/canteen/2026-09-10", town.claire, null, 200);
        assertThat(statusOnA("2026-09-10", "NOT_BOOKED")).isEqualTo("NOT_BOOKED");
    }

    @Test
    void an_absence_reported_through_b_is_seen_by_a_as_soon_as_told() throws InterruptedException {
        changeOn(b, "PUT", "/children/" + town.lea + "/canteen/2026-09-07", town.agent, null, 200);
        assertThat(statusOnA("2026-09-07", "BOOKED")).isEqualTo("BOOKED");

        changeOn(b, "POST", "/children/" + town.lea + "/absences", town.claire, Map.of("service", "CANTEEN", "from", "2026-09-07",
                "to", "2026-09-07", "reason", "OTHER"), 201);
        assertThat(statusOnA("2026-09-07", "ABSENT")).isEqualTo("ABSENT");
    }

    @Test
    void an_enrolment_through_b_is_seen_by_a_as_soon_as_told() throws InterruptedException {
        String child = town.newPupil("Durand", "Inès");
        String parentOfInes = town.agent;
        String month = "/api/v1/children/" + child + "/canteen?from=2026-09-07&to=2026-09-13";
        assertThat(a.call("GET", month, parentOfInes, null).code()).isEqualTo("NOT_ENROLLED");

        changeOn(b, "POST", "/admin/children/" + child + "/enrolments", town.agent, Map.of("service", "CANTEEN", "schoolYear", "2026-2027"), 201);
        Instant deadline = Instant.now().plus(TOLD_WITHIN);
        while (a.call("GET", month, parentOfInes, null).status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        assertThat(a.call("GET", month, parentOfInes, null).status()).isEqualTo(200);
    }

    @Test
    void a_booking_through_a_is_seen_by_a_s_next_read_at_once() {
        assertThat(status(a, "2026-09-11")).isEqualTo("NOT_BOOKED");

        changeOn(a, "PUT", "/children/" + town.lea + "/canteen/2026-09-11", town.claire, null, 200);

        assertThat(status(a, "2026-09-11")).isEqualTo("BOOKED");
    }

    @Test
    void a_change_made_while_the_listening_connections_are_cut_is_not_hidden_by_what_a_remembered() throws Exception {
        assertThat(status(a, "2026-09-14")).isEqualTo("NOT_BOOKED");
        try (Database sql = a.database()) {
            List<Integer> cut = listeners(sql);
            assertThat(cut).as("one listening connection per portal").hasSize(2);
            sql.context().useHandle(handle -> cut.forEach(pid -> handle.createQuery("SELECT pg_terminate_backend(:pid)").bind("pid", pid)
                    .mapTo(Boolean.class).one()));

            // its notification may reach no one: A's listener is gone, or about to find out
            changeOn(b, "PUT", "/children/" + town.lea + "/canteen/2026-09-14", town.claire, null, 200);
            awaitListening(sql, cut);
            assertThat(status(a, "2026-09-14")).as("A forgot what it remembered when the connection went").isEqualTo("BOOKED");

            changeOn(b, "DELETE", "/children/" + town.lea + "/canteen/2026-09-14", town.claire, null, 200);
            assertThat(statusOnA("2026-09-14", "NOT_BOOKED")).as("heard again once back").isEqualTo("NOT_BOOKED");
        }
    }

    private static List<Integer> listeners(Database sql) {
        return sql.context().withHandle(handle -> handle.createQuery("""
                SELECT pid FROM pg_stat_activity WHERE application_name = :name AND datname = current_database()""")
                .bind("name", PostgresPupilDaysChanges.APPLICATION_NAME).mapTo(Integer.class).list());
    }

    /** Waits (bounded) until both portals have new listening connections: each forgot everything before connecting. */
    private static void awaitListening(Database sql, List<Integer> cut) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Integer> now = listeners(sql);
            if (now.size() == 2 && now.stream().noneMatch(cut::contains)) {
                return;
            }
            assertThat(Instant.now()).as("listening again within 20 s").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
