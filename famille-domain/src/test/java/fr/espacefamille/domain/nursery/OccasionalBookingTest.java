package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.ChildId;

class OccasionalBookingTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-09-01T06:00:00Z");
    private final Slot slot = new Slot(LocalDate.of(2026, 9, 10), HalfDay.MORNING);

    private OccasionalBooking request(boolean placeLeft) {
        return OccasionalBooking.request(BookingId.random(), ChildId.random(), slot, 1, NOW, placeLeft);
    }

    @Test
    void is_confirmed_while_places_remain_else_waits() {
        assertThat(request(true).status()).isEqualTo(OccasionalBookingStatus.CONFIRMED);
        assertThat(request(false).status()).isEqualTo(OccasionalBookingStatus.WAITLISTED);
    }

    @Test
    void a_waiting_request_gets_a_freed_place() {
        Instant early = slot.start(PARIS).minus(java.time.Duration.ofDays(3));
        OccasionalBooking confirmed = request(false).confirm(early, PARIS);
        assertThat(confirmed.status()).isEqualTo(OccasionalBookingStatus.CONFIRMED);
        assertThat(confirmed.lateConfirmation()).isFalse();
        assertThatThrownBy(() -> confirmed.confirm(early, PARIS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_place_confirmed_less_than_48_hours_before_is_cancelled_free_until_the_slot_starts() {
        Instant confirmedAt = slot.start(PARIS).minus(java.time.Duration.ofHours(30));
        OccasionalBooking late = request(false).confirm(confirmedAt, PARIS);
        assertThat(late.lateConfirmation()).isTrue();
        assertThat(late.freeCancellationUntil(PARIS)).isEqualTo(slot.start(PARIS));
        assertThat(late.cancel(slot.start(PARIS).minusSeconds(60), PARIS).billed()).as("a minute before the slot").isFalse();
        OccasionalBooking onTime = request(false).confirm(slot.start(PARIS).minus(java.time.Duration.ofHours(49)), PARIS);
        assertThat(onTime.cancel(slot.start(PARIS).minusSeconds(60), PARIS).billed()).as("confirmed in time: usual rule").isTrue();
    }

    @Test
    void a_late_cancellation_of_a_confirmed_place_is_billed_a_waiting_one_never() {
        Instant late = slot.start(PARIS).minusSeconds(3600);
        assertThat(request(true).cancel(late, PARIS).billed()).isTrue();
        assertThat(request(false).cancel(late, PARIS).billed()).isFalse();
        assertThat(request(true).cancel(NOW, PARIS).billed()).isFalse();
        assertThat(request(true).cancelForClosure(late).billed()).isFalse();
    }

    @Test
    void cannot_be_cancelled_twice_or_once_the_slot_has_started() {
        OccasionalBooking cancelled = request(true).cancel(NOW, PARIS);
        assertThat(cancelled.status()).isEqualTo(OccasionalBookingStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> cancelled.cancel(NOW, PARIS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request(true).cancel(slot.start(PARIS), PARIS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void slot_occupancy_never_offers_a_negative_number_of_places() {
        assertThat(new SlotOccupancy(slot, 20, 15, 3).available()).isEqualTo(2);
        assertThat(new SlotOccupancy(slot, 3, 2, 2).available()).isZero();
        assertThat(new SlotOccupancy(slot, 3, 2, 1).hasRoom()).isFalse();
        assertThat(new SlotOccupancy(slot, 3, 2, 0).hasRoom()).isTrue();
    }
}
