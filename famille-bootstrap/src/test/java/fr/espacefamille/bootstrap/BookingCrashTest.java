package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;

/**
 * Kills the portal (SIGKILL) on PostgreSQL while staff book canteen days from several threads and
 * while a herd of families asks for the same nursery slot, then starts it again: every canteen
 * booking answered 200 before the kill is still booked, every nursery answer given before the kill
 * still holds, and the slot is never confirmed beyond its places.
 */
class BookingCrashTest {

    private static final String CLOCK = "2026-09-07T08:00:00+02:00";
    private static final LocalDate FIRST = LocalDate.parse("2026-09-08");
    private static final LocalDate LAST = LocalDate.parse("2026-11-30");
    private static final String SLOT = "2026-09-08";
    private static final int PUPILS = 12;
    private static final int TODDLERS = 24;
    private static final int PLACES = 5;
    private static final int WRITERS = 6;

    private final List<ForkedPortal> portals = new ArrayList<>();
    private String dbUrl;
    private Path dataDir;

    /** A canteen day of a child. */
    private record Meal(String child, LocalDate date) {
    }

    @AfterEach
    void stopPortals() {
        portals.forEach(ForkedPortal::close);
    }

    @Test
    void a_portal_killed_under_booking_load_keeps_every_acknowledged_booking_and_never_overbooks() throws Exception {
        dbUrl = TestDatabases.freshMigratedPostgresUrl();
        dataDir = Folders.temporary("famille-booking-crash");
        ForkedPortal portal = start("first");
        String school = portal.agent("cantine", "SCHOOL_AGENT");
        String nursery = portal.agent("creche", "NURSERY_AGENT");
        String pasteur = expect(201, portal.call("POST", "/api/v1/admin/schools", school, Map.of("name", "École Louis Pasteur")))
                .json().get("id").asText();
        expect(200, portal.call("PUT", "/api/v1/admin/school-years/2026-2027", school, Map.of("start", "2026-09-01", "end", "2027-07-03",
                "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(), "closures", List.of())));
        expect(200, portal.call("PUT", "/api/v1/admin/nursery/settings", nursery, Map.of("placesPerSlot", PLACES, "closures", List.of())));
        List<String> pupils = IntStream.range(0, PUPILS).mapToObj(i -> child(portal, school, "Eleve" + i, "2018-03-14", pasteur)).toList();
        for (String pupil : pupils) {
            expect(201, portal.call("POST", "/api/v1/admin/children/" + pupil + "/enrolments", school,
                    Map.of("service", "CANTEEN", "schoolYear", "2026-2027")));
        }
        List<String> toddlers = IntStream.range(0, TODDLERS).mapToObj(i -> child(portal, nursery, "Bambin" + i, "2024-06-02", null)).toList();
        for (String toddler : toddlers) {
            expect(201, portal.call("POST", "/api/v1/admin/children/" + toddler + "/enrolments", nursery,
                    Map.of("service", "NURSERY_OCCASIONAL", "from", "2026-09-01", "to", "2027-06-30")));
        }

        Set<Meal> acknowledged = ConcurrentHashMap.newKeySet();
        List<Meal> meals = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.WEDNESDAY && day.getDayOfWeek().getValue() < 6) {
                for (String pupil : pupils) {
                    meals.add(new Meal(pupil, day));
                }
            }
        }
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int first = w;
            writers.submit(() -> book(portal, school, meals, first, acknowledged));
        }
        awaitAtLeast(acknowledged, 100);
        List<CompletableFuture<HttpResponse<String>>> herd = toddlers.stream()
                .map(toddler -> portal.send("POST", "/api/v1/children/" + toddler + "/nursery/bookings", nursery,
                        Map.of("date", SLOT, "period", "MORNING"), Duration.ofSeconds(30)))
                .toList();
        CompletableFuture.anyOf(herd.toArray(CompletableFuture[]::new)).handle((answer, failure) -> answer).join();

        assertThat(portal.kill()).as("killed by SIGKILL").isEqualTo(137);
        writers.shutdownNow();
        Map<String, String> answeredBeforeKill = new HashMap<>();
        for (int i = 0; i < TODDLERS; i++) {
            HttpResponse<String> answer = herd.get(i).handle((response, failure) -> response).join();
            if (answer != null && answer.statusCode() == 201) {
                answeredBeforeKill.put(toddlers.get(i), new ForkedPortal.Answer(201, answer.body()).json().get("status").asText());
            }
        }
        assertThat(acknowledged.size()).as("bookings acknowledged before the kill").isGreaterThanOrEqualTo(100).isLessThan(meals.size());

        ForkedPortal restarted = start("restarted");
        for (String pupil : pupils) {
            JsonNode month = expect(200, restarted.call("GET", "/api/v1/children/" + pupil + "/canteen?from=" + FIRST + "&to=" + LAST,
                    school, null)).json();
            Map<LocalDate, String> status = new HashMap<>();
            month.forEach(day -> status.put(LocalDate.parse(day.get("date").asText()), day.get("status").asText()));
            acknowledged.stream().filter(meal -> meal.child().equals(pupil))
                    .forEach(meal -> assertThat(status.get(meal.date())).as("acknowledged booking %s", meal).isEqualTo("BOOKED"));
        }
        int confirmed = 0;
        for (String toddler : toddlers) {
            JsonNode bookings = expect(200, restarted.call("GET", "/api/v1/children/" + toddler + "/nursery/bookings", nursery, null)).json();
            String now = bookings.isEmpty() ? null : bookings.get(0).get("status").asText();
            if ("CONFIRMED".equals(now)) {
                confirmed++;
            }
            if (answeredBeforeKill.containsKey(toddler)) {
                assertThat(now).as("the answer given before the kill holds").isEqualTo(answeredBeforeKill.get(toddler));
            }
        }
        assertThat(confirmed).as("confirmed after the restart").isLessThanOrEqualTo(PLACES);
        JsonNode slot = expect(200, restarted.call("GET", "/api/v1/nursery/slots?from=" + SLOT + "&to=" + SLOT, nursery, null)).json().get(0);
        assertThat(slot.get("available").asInt()).isEqualTo(PLACES - confirmed);
    }

    /** Books every WRITERS-th meal from {@code first} on, one request at a time, until the portal dies. */
    private static void book(ForkedPortal portal, String token, List<Meal> meals, int first, Set<Meal> acknowledged) {
        try {
            for (int i = first; i < meals.size(); i += WRITERS) {
                Meal meal = meals.get(i);
                if (portal.call("PUT", "/api/v1/children/" + meal.child() + "/canteen/" + meal.date(), token, null).status() == 200) {
                    acknowledged.add(meal);
                }
            }
        } catch (IllegalStateException portalDied) {
            // the kill cuts the request in flight: it was never acknowledged
        }
    }

    private static void awaitAtLeast(Set<Meal> acknowledged, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (acknowledged.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + acknowledged.size() + " bookings acknowledged in a minute");
            }
            Thread.sleep(10);
        }
    }

    static String child(ForkedPortal portal, String staff, String name, String birthDate, String school) {
        Map<String, Object> child = new HashMap<>(Map.of("firstName", "Enfant", "lastName", name, "birthDate", birthDate));
        if (school != null) {
            child.put("schoolId", school);
        }
        return expect(201, portal.call("POST", "/api/v1/admin/families", staff, Map.of("name", name, "resident", true,
                "address", Map.of("line1", "1 rue de la Loire", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Camille", "lastName", name)), "children", List.of(child))))
                .json().get("children").get(0).get("id").asText();
    }

    static ForkedPortal.Answer expect(int status, ForkedPortal.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private ForkedPortal start(String name) throws Exception {
        ForkedPortal portal = ForkedPortal.start(Main.class, dbUrl, dataDir, CLOCK, name);
        portals.add(portal);
        return portal;
    }
}
