package fr.espacefamille.domain.nursery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import fr.espacefamille.domain.family.ChildId;

/**
 * A parent's request for occasional care (accueil occasionnel) in one slot. {@code queueNumber}
 * is the request's turn in its slot, given in arrival order: the waiting list is the waiting
 * requests in that order, so positions are unique and without gaps by construction. A cancelled
 * booking remembers whether its cancellation is billed. {@code lateConfirmation}: confirmed from the
 * waiting list when its free cancellation had already ended, so it stays free until the slot starts.
 */
public record OccasionalBooking(BookingId id, ChildId child, Slot slot, OccasionalBookingStatus status, long queueNumber,
        Instant requestedAt, Instant cancelledAt, boolean billed, boolean lateConfirmation) {

    public OccasionalBooking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (queueNumber < 1) {
            throw new IllegalArgumentException("queueNumber < 1");
        }
        if ((status == OccasionalBookingStatus.CANCELLED) != (cancelledAt != null)) {
            throw new IllegalArgumentException("A booking has a cancellation instant exactly when it is cancelled");
        }
        if (billed && status != OccasionalBookingStatus.CANCELLED) {
            throw new IllegalArgumentException("Only a cancellation is billed as such");
        }
        if (billed && lateConfirmation) {
            throw new IllegalArgumentException("A place confirmed late is cancelled free until its slot starts");
        }
    }

    /** A new request: confirmed when a place is left, else waiting. */
    public static OccasionalBooking request(BookingId id, ChildId child, Slot slot, long queueNumber, Instant now,
            boolean placeLeft) {
        return new OccasionalBooking(id, child, slot, placeLeft ? OccasionalBookingStatus.CONFIRMED : OccasionalBookingStatus.WAITLISTED,
                queueNumber, now, null, false, false);
    }

    /** Holds a confirmed place or waits for one. */
    public boolean isActive() {
        return status != OccasionalBookingStatus.CANCELLED;
    }

    public boolean isConfirmed() {
        return status == OccasionalBookingStatus.CONFIRMED;
    }

    public boolean isWaiting() {
        return status == OccasionalBookingStatus.WAITLISTED;
    }

    public boolean hasStarted(Instant now, ZoneId zone) {
        return !now.isBefore(slot.start(zone));
    }

    /**
     * A place freed up at {@code now}: the waiting request gets it. Confirmed less than 48 hours
     * before the slot, it may be cancelled free until the slot starts.
     */
    public OccasionalBooking confirm(Instant now, ZoneId zone) {
        if (status != OccasionalBookingStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waiting request can be confirmed, not a " + status + " one");
        }
        return new OccasionalBooking(id, child, slot, OccasionalBookingStatus.CONFIRMED, queueNumber, requestedAt, null, false,
                CancellationPolicy.isBilled(slot, now, zone));
    }

    /** The last instant at which giving the place back is free. */
    public Instant freeCancellationUntil(ZoneId zone) {
        return lateConfirmation ? slot.start(zone) : CancellationPolicy.freeUntil(slot, zone);
    }

    /**
     * Cancels before the slot starts: a confirmed place given back less than 48 hours before is
     * billed ({@link CancellationPolicy}) unless it was confirmed late; a waiting request never is.
     */
    public OccasionalBooking cancel(Instant now, ZoneId zone) {
        if (!isActive()) {
            throw new IllegalStateException("Booking already cancelled");
        }
        if (hasStarted(now, zone)) {
            throw new IllegalStateException("A slot that has started can no longer be cancelled");
        }
        boolean late = isConfirmed() && !lateConfirmation && CancellationPolicy.isBilled(slot, now, zone);
        return new OccasionalBooking(id, child, slot, OccasionalBookingStatus.CANCELLED, queueNumber, requestedAt, now, late,
                lateConfirmation);
    }

    /** Cancelled because the nursery closes that day: never billed. */
    public OccasionalBooking cancelForClosure(Instant now) {
        if (!isActive()) {
            throw new IllegalStateException("Booking already cancelled");
        }
        return new OccasionalBooking(id, child, slot, OccasionalBookingStatus.CANCELLED, queueNumber, requestedAt, now, false,
                lateConfirmation);
    }
}
