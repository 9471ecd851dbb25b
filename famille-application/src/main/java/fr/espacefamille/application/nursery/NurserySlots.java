package fr.espacefamille.application.nursery;

import fr.espacefamille.domain.nursery.Slot;

/**
 * Out-port: one lockable record per slot. Every change to a slot's bookings (request, cancel,
 * confirmation from the waiting list) happens while holding that slot's lock, counting places
 * after taking it: two requests for the last place therefore run one after the other, whatever
 * the number of threads or application instances, and the count never exceeds the places.
 * Several slots are always locked in date-then-period order, after the settings lock if needed.
 */
public interface NurserySlots {

    /** Locks the slot until the current transaction ends, creating its record on first use. */
    void lock(Slot slot);

    /**
     * Takes the next {@code count} turns in the slot's queue (numbered 1, 2, … per slot) and answers
     * the first of them; call it while holding the slot's lock.
     */
    long takeQueueNumbers(Slot slot, int count);
}
