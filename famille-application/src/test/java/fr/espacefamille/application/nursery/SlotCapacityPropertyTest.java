package fr.espacefamille.application.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.WaitingList;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * Laws of the slots under seeded random sequences of requests, cancellations, contracts and
 * settings changes: never more confirmed than places, waiting positions 1..n without gaps, and a
 * place never stays free while someone waits for it.
 */
class SlotCapacityPropertyTest {

    static LongStream seeds() {
        long base = System.nanoTime();
        return LongStream.range(0, 12).map(i -> base + i * 7919);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void slots_keep_their_laws_whatever_happens(long seed) {
        Random random = new Random(seed);
        NurseryWorld world = new NurseryWorld();
        world.places(1 + random.nextInt(4));
        List<Household> households = IntStream.range(0, 8).mapToObj(i -> world.occasionalFamily("F" + i)).toList();
        List<LocalDate> days = List.of(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 7));
        List<BookingView> made = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int action = random.nextInt(10);
            try {
                if (action < 6) {
                    Household h = households.get(random.nextInt(households.size()));
                    made.add(world.book(h, days.get(random.nextInt(days.size())), HalfDay.values()[random.nextInt(2)]));
                } else if (action < 8 && !made.isEmpty()) {
                    BookingView view = made.get(random.nextInt(made.size()));
                    Household h = households.stream().filter(x -> x.childId().equals(view.booking().child())).findFirst().orElseThrow();
                    world.cancel.cancel(h.parent(), h.childId(), view.booking().id());
                } else if (action == 8) {
                    world.places(1 + random.nextInt(4));
                } else {
                    world.clock.advance(Duration.ofHours(random.nextInt(6)));
                }
            } catch (RefusedException expected) {
                // refusals (already booked, fewer places than taken, …) are part of the game
            }
            assertLaws(world, days, seed);
        }
    }

    private static void assertLaws(NurseryWorld world, List<LocalDate> days, long seed) {
        int places = world.updateSettings.current().placesPerSlot();
        Map<Slot, List<OccasionalBooking>> bySlot = world.stores.bookings().between(days.get(0), days.get(days.size() - 1))
                .stream().collect(Collectors.groupingBy(OccasionalBooking::slot));
        bySlot.forEach((slot, bookings) -> {
            long confirmed = bookings.stream().filter(OccasionalBooking::isConfirmed).count();
            List<Integer> positions = bookings.stream().filter(OccasionalBooking::isWaiting)
                    .map(b -> WaitingList.position(b, bookings)).toList();
            assertThat(confirmed).as("seed %d, %s: confirmed ≤ places", seed, slot).isLessThanOrEqualTo(places);
            assertThat(positions).as("seed %d, %s: positions", seed, slot)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, positions.size()).boxed().toList());
            if (!positions.isEmpty() && !slot.start(NurseryWorld.PARIS).isBefore(world.clock.instant())) {
                assertThat(confirmed).as("seed %d, %s: no free place while someone waits", seed, slot).isEqualTo(places);
            }
        });
    }
}
