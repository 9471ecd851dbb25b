package fr.espacefamille.domain.nursery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Cancelling occasional care is free up to 48 hours before the slot starts (7:30 for the
 * morning, 12:30 for the afternoon, Europe/Paris); a later cancellation is billed as booked.
 * Forty-eight real hours: across a change of clocks the limit moves by an hour on the wall clock.
 */
public final class CancellationPolicy {

    public static final Duration FREE_NOTICE = Duration.ofHours(48);

    private CancellationPolicy() {
    }

    /** The last instant at which cancelling is free. */
    public static Instant freeUntil(Slot slot, ZoneId zone) {
        return slot.start(zone).minus(FREE_NOTICE);
    }

    public static boolean isBilled(Slot slot, Instant cancelledAt, ZoneId zone) {
        return cancelledAt.isAfter(freeUntil(slot, zone));
    }
}
