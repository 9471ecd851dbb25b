package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BookingCrashTest.child;
import static fr.espacefamille.bootstrap.BookingCrashTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kills the portal (SIGKILL) on its embedded default, the H2 file of the data folder, while staff
 * book and cancel canteen days from several threads, with no quiet moment before the kill; then
 * starts it again: every (child, day) answered 200 keeps the state of its last answer.
 */
class EmbeddedCrashTest {

    private static final String CLOCK = "2026-09-07T08:00:00+02:00";
    private static final LocalDate FIRST = LocalDate.parse("2026-09-08");
    private static final LocalDate LAST = LocalDate.parse("2026-11-30");
    private static final int PUPILS = 10;
    private static final int WRITERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 600;

    private final List<ForkedPortal> portals = new ArrayList<>();
    private Path dataDir;

    private record Meal(String child, LocalDate date) {
    }

    @AfterEach
    void stopPortals() {
        portals.forEach(ForkedPortal::close);
    }

    @Test
    void an_embedded_portal_killed_under_load_keeps_every_acknowledged_booking_and_cancellation() throws Exception {
        dataDir = Folders.temporary("famille-embedded-crash");
        ForkedPortal portal = start("first");
        String school = portal.agent("cantine", "SCHOOL_AGENT");
        String pasteur = expect(201, portal.call("POST", "/api/v1/admin/schools", school, Map.of("name", "École Louis Pasteur")))
                .json().get("id").asText();
        expect(200, portal.call("PUT", "/api/v1/admin/school-years/2026-2027", school, Map.of("start", "2026-09-01", "end", "2027-07-03",
                "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(), "closures", List.of())));
        List<String> pupils = IntStream.range(0, PUPILS).mapToObj(i -> child(portal, school, "Eleve" + i, "2018-03-14", pasteur)).toList();
        for (String pupil : pupils) {
            expect(201, portal.call("POST", "/api/v1/admin/children/" + pupil + "/enrolments", school,
                    Map.of("service", "CANTEEN", "schoolYear", "2026-2027")));
        }
        List<Meal> meals = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.WEDNESDAY && day.getDayOfWeek().getValue() < 6) {
                for (String pupil : pupils) {
                    meals.add(new Meal(pupil, day));
                }
            }
        }

        // each writer owns its meals, so the last answer for a meal is its state; a meal whose
        // request was cut by the kill may or may not have been written, and is left out
        Map<Meal, String> answered = new ConcurrentHashMap<>();
        Set<Meal> inFlight = ConcurrentHashMap.newKeySet();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int first = w;
            writers.submit(() -> bookAndCancel(portal, school, meals, first, answered, inFlight, acknowledged));
        }
        Instant deadline = Instant.now().plusSeconds(120);
        while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL) {
            assertThat(Instant.now()).as("%s answers in two minutes", acknowledged.get()).isBefore(deadline);
            Thread.sleep(5);
        }
        assertThat(portal.kill()).as("killed by SIGKILL under load").isEqualTo(137);
        writers.shutdownNow();
        inFlight.forEach(answered::remove);

        ForkedPortal restarted = start("restarted");
        Map<Meal, String> after = new HashMap<>();
        for (String pupil : pupils) {
            JsonNode month = expect(200, restarted.call("GET", "/api/v1/children/" + pupil + "/canteen?from=" + FIRST + "&to=" + LAST,
                    school, null)).json();
            month.forEach(day -> after.put(new Meal(pupil, LocalDate.parse(day.get("date").asText())), day.get("status").asText()));
        }
        List<Meal> lost = answered.entrySet().stream().filter(e -> !e.getValue().equals(after.get(e.getKey()))).map(Map.Entry::getKey).toList();
        assertThat(lost).as("acknowledged states lost among %s", answered.size()).isEmpty();
    }

    /** Books, then cancels, every WRITERS-th meal from {@code first} on, one request at a time, until the portal dies. */
    private static void bookAndCancel(ForkedPortal portal, String token, List<Meal> meals, int first, Map<Meal, String> answered,
            Set<Meal> inFlight, AtomicInteger acknowledged) {
        try {
            for (int round = 0; !Thread.currentThread().isInterrupted(); round++) {
                String method = round % 2 == 0 ? "PUT" : "DELETE";
                for (int i = first; i < meals.size(); i += WRITERS) {
                    Meal meal = meals.get(i);
                    inFlight.add(meal);
                    ForkedPortal.Answer answer = portal.call(method, "/api/v1/children/" + meal.child() + "/canteen/" + meal.date(), token, null);
                    if (answer.status() != 200) {
                        throw new IllegalStateException(answer.body());
                    }
                    answered.put(meal, answer.json().get("status").asText());
                    inFlight.remove(meal);
                    acknowledged.incrementAndGet();
                }
            }
        } catch (IllegalStateException portalDied) {
            // the kill cuts the request in flight: it stays in inFlight, never acknowledged
        }
    }

    private ForkedPortal start(String name) throws Exception {
        ForkedPortal portal = ForkedPortal.start(Main.class, null, dataDir, CLOCK, name);
        portals.add(portal);
        return portal;
    }
}
