package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;

class WaitingListTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Slot SLOT = new Slot(LocalDate.of(2026, 9, 10), HalfDay.MORNING);
    private static final Instant EARLY = SLOT.start(PARIS).minus(Duration.ofDays(5));

    private static List<ChildId> children(int count) {
        return IntStream.range(0, count).mapToObj(i -> ChildId.random()).toList();
    }

    private static List<OccasionalBooking> bookings(List<WaitingList.Admitted> admitted) {
        return admitted.stream().map(WaitingList.Admitted::booking).toList();
    }

    private static WaitingList list(int places, List<RegularContract> present, List<OccasionalBooking> inSlot) {
        return WaitingList.of(SLOT, NurserySettings.of(places, List.of()), present, inSlot);
    }

    private static RegularContract thursdayMornings() {
        return RegularContract.create(EnrolmentId.random(), ChildId.random(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31),
                new WeeklySchedule(Map.of(DayOfWeek.THURSDAY, RegularContractTest.hours("08:00", "12:00"))), List.of(),
                LocalDate.of(2026, 8, 20));
    }

    @Test
    void a_batch_is_confirmed_in_arrival_order_while_places_remain_then_queued() {
        List<WaitingList.Admitted> admitted = list(3, List.of(thursdayMornings()), List.of()).admit(children(4), 1, EARLY);

        assertThat(admitted).extracting(a -> a.booking().status()).containsExactly(OccasionalBookingStatus.CONFIRMED,
                OccasionalBookingStatus.CONFIRMED, OccasionalBookingStatus.WAITLISTED, OccasionalBookingStatus.WAITLISTED);
        assertThat(admitted).extracting(WaitingList.Admitted::position).containsExactly(null, null, 1, 2);
        assertThat(admitted).extracting(a -> a.booking().queueNumber()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void a_newcomer_waits_behind_those_already_waiting_even_when_a_place_is_free() {
        List<OccasionalBooking> before = new ArrayList<>(bookings(list(1, List.of(), List.of()).admit(children(2), 1, EARLY)));
        before.set(0, before.get(0).cancel(EARLY, PARIS));

        List<WaitingList.Admitted> later = list(1, List.of(), before).admit(children(1), 3, EARLY);

        assertThat(later.get(0).booking().isWaiting()).isTrue();
        assertThat(later.get(0).position()).isEqualTo(2);
    }

    @Test
    void a_freed_place_goes_to_the_first_waiting_request() {
        List<OccasionalBooking> inSlot = new ArrayList<>(bookings(list(1, List.of(), List.of()).admit(children(3), 1, EARLY)));
        inSlot.set(0, inSlot.get(0).cancel(EARLY, PARIS));

        List<OccasionalBooking> promoted = list(1, List.of(), inSlot).promote(EARLY, PARIS);

        assertThat(promoted).hasSize(1);
        assertThat(promoted.get(0).id()).isEqualTo(inSlot.get(1).id());
        assertThat(promoted.get(0).isConfirmed()).isTrue();
        assertThat(list(3, List.of(), inSlot).promote(EARLY, PARIS)).as("more places: every waiting one")
                .extracting(OccasionalBooking::id).containsExactly(inSlot.get(1).id(), inSlot.get(2).id());
    }

    @Test
    void nobody_is_promoted_once_the_slot_has_started_or_on_a_closed_day() {
        List<OccasionalBooking> waiting = bookings(list(0, List.of(), List.of()).admit(children(2), 1, EARLY));

        assertThat(list(2, List.of(), waiting).promote(SLOT.start(PARIS), PARIS)).isEmpty();
        assertThat(WaitingList.of(SLOT, NurserySettings.of(2, List.of(SLOT.date())), List.of(), waiting).promote(EARLY, PARIS))
                .isEmpty();
    }

    @Test
    void positions_follow_the_queue_without_gaps() {
        List<OccasionalBooking> inSlot = new ArrayList<>(bookings(list(0, List.of(), List.of()).admit(children(3), 1, EARLY)));
        inSlot.set(1, inSlot.get(1).cancel(EARLY, PARIS));

        assertThat(WaitingList.position(inSlot.get(0), inSlot)).isEqualTo(1);
        assertThat(WaitingList.position(inSlot.get(1), inSlot)).isNull();
        assertThat(WaitingList.position(inSlot.get(2), inSlot)).isEqualTo(2);
        assertThat(list(0, List.of(), inSlot).waiting()).extracting(OccasionalBooking::id)
                .containsExactly(inSlot.get(0).id(), inSlot.get(2).id());
    }

    @Test
    void refuses_contracts_or_bookings_of_another_slot() {
        OccasionalBooking elsewhere = OccasionalBooking.request(BookingId.random(), ChildId.random(),
                new Slot(SLOT.date(), HalfDay.AFTERNOON), 1, EARLY, true);
        assertThatThrownBy(() -> list(1, List.of(), List.of(elsewhere))).isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        long base = System.nanoTime();
        return LongStream.range(0, 10).map(i -> base + i * 7919);
    }

    /** Law: whatever the batches, cancellations and places, never more confirmed than free places, and no free place while someone waits. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void confirmed_never_exceed_the_places_and_no_place_stays_free_while_someone_waits(long seed) {
        Random random = new Random(seed);
        int places = random.nextInt(5);
        List<OccasionalBooking> inSlot = new ArrayList<>();
        long queue = 1;
        for (int step = 0; step < 30; step++) {
            if (random.nextBoolean() || inSlot.isEmpty()) {
                int count = 1 + random.nextInt(4);
                inSlot.addAll(bookings(list(places, List.of(), inSlot).admit(children(count), queue, EARLY)));
                queue += count;
            } else {
                int index = random.nextInt(inSlot.size());
                if (inSlot.get(index).isActive()) {
                    inSlot.set(index, inSlot.get(index).cancel(EARLY, PARIS));
                    for (OccasionalBooking promoted : list(places, List.of(), inSlot).promote(EARLY, PARIS)) {
                        inSlot.replaceAll(b -> b.id().equals(promoted.id()) ? promoted : b);
                    }
                }
            }
            long confirmed = inSlot.stream().filter(OccasionalBooking::isConfirmed).count();
            boolean someoneWaits = inSlot.stream().anyMatch(OccasionalBooking::isWaiting);
            assertThat(confirmed).as("seed %d: confirmed ≤ places", seed).isLessThanOrEqualTo(places);
            if (someoneWaits) {
                assertThat(confirmed).as("seed %d: no free place while someone waits", seed).isEqualTo(places);
            }
        }
    }
}
