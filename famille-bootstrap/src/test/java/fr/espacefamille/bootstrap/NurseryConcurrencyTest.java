package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.bootstrap.NurseryHouseholds.Household;

/**
 * Fifty families ask at the same instant, over HTTP, for the same slot with three places: exactly
 * three are confirmed and forty-seven wait with positions 1 to 47; a cancellation then confirms
 * the first waiting request and mails its family. On PostgreSQL and on H2.
 */
class NurseryConcurrencyTest {

    private static final String NOW = "2026-09-01T08:00:00+02:00";
    private static final int FAMILIES = 50;
    private static final int PLACES = 3;

    @Test
    void postgres_confirms_exactly_the_places_and_queues_the_rest() throws Exception {
        try (TestPortal portal = TestPortal.start(NOW, TestDatabases.freshMigratedPostgresUrl(), TestDatabases.POSTGRES_USER,
                TestDatabases.POSTGRES_USER)) {
            fiftyRequestsForThreePlaces(portal);
        }
    }

    @Test
    void h2_confirms_exactly_the_places_and_queues_the_rest() throws Exception {
        try (TestPortal portal = TestPortal.h2(NOW)) {
            fiftyRequestsForThreePlaces(portal);
        }
    }

    private static void fiftyRequestsForThreePlaces(TestPortal portal) throws Exception {
        String agent = portal.agent("NURSERY_AGENT");
        NurseryHouseholds households = new NurseryHouseholds(portal, agent);
        List<Household> families = IntStream.range(0, FAMILIES).mapToObj(i -> households.occasional("Famille" + i)).toList();
        NurseryHouseholds.expect(200, portal.call("PUT", "/api/v1/admin/nursery/settings", agent,
                Map.of("placesPerSlot", PLACES, "closures", List.of())));

        List<JsonNode> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(FAMILIES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestPortal.Response>> futures = new ArrayList<>();
            for (Household family : families) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return portal.call("POST", "/api/v1/children/" + family.childId() + "/nursery/bookings", family.token(),
                            Map.of("date", "2026-09-10", "period", "MORNING"));
                }));
            }
            start.countDown();
            for (Future<TestPortal.Response> future : futures) {
                answers.add(NurseryHouseholds.expect(201, future.get()).json());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).filteredOn(a -> a.get("status").asText().equals("CONFIRMED")).hasSize(PLACES)
                .allSatisfy(a -> assertThat(a.has("waitlistPosition")).isFalse());
        assertThat(answers).filteredOn(a -> a.get("status").asText().equals("WAITLISTED"))
                .extracting(a -> a.get("waitlistPosition").asInt())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, FAMILIES - PLACES).boxed().toList());
        JsonNode slot = portal.call("GET", "/api/v1/nursery/slots?from=2026-09-10&to=2026-09-10", agent, null).json().get(0);
        assertThat(slot.get("capacity").asInt()).isEqualTo(PLACES);
        assertThat(slot.get("available").asInt()).isZero();

        int confirmedIndex = indexOf(answers, a -> a.get("status").asText().equals("CONFIRMED"));
        int firstWaitingIndex = answers.indexOf(answers.stream().filter(a -> a.has("waitlistPosition"))
                .min(Comparator.comparingInt(a -> a.get("waitlistPosition").asInt())).orElseThrow());
        int secondWaitingIndex = indexOf(answers, a -> a.path("waitlistPosition").asInt() == 2);
        Household leaving = families.get(confirmedIndex);
        Household first = families.get(firstWaitingIndex);
        int mailsBefore = Outbox.all(portal).size();

        TestPortal.Response cancelled = portal.call("DELETE", "/api/v1/children/" + leaving.childId() + "/nursery/bookings/"
                + answers.get(confirmedIndex).get("id").asText(), leaving.token(), null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("billed").asBoolean()).isFalse();

        JsonNode promoted = portal.call("GET", "/api/v1/children/" + first.childId() + "/nursery/bookings", first.token(), null).json().get(0);
        assertThat(promoted.get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode next = portal.call("GET", "/api/v1/children/" + families.get(secondWaitingIndex).childId() + "/nursery/bookings",
                families.get(secondWaitingIndex).token(), null).json().get(0);
        assertThat(next.get("waitlistPosition").asInt()).isEqualTo(1);
        List<Outbox.Sent> mails = Outbox.all(portal);
        mails = mails.subList(mailsBefore, mails.size());
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(first.email());
            assertThat(m.subject()).contains("Place confirmée");
            assertThat(m.text()).contains("jeudi 10 septembre 2026");
        });
    }

    private static int indexOf(List<JsonNode> answers, java.util.function.Predicate<JsonNode> test) {
        return IntStream.range(0, answers.size()).filter(i -> test.test(answers.get(i))).findFirst().orElseThrow();
    }
}
