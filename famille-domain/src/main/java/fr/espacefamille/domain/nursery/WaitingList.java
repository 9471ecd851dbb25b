package fr.espacefamille.domain.nursery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import fr.espacefamille.domain.family.ChildId;

/**
 * A slot's waiting list (« liste d'attente ») against its occupancy: first come, first served.
 * New requests are confirmed while places remain and nobody waits, else queued behind the waiting
 * ones; when a place frees up, the first waiting requests get it, unless the slot has started or the
 * nursery is closed that day. Read the slot under its lock, decide here, then store the answer.
 */
public final class WaitingList {

    /** A request just decided: its booking and, while it waits, its 1-based position. */
    public record Admitted(OccasionalBooking booking, Integer position) {
    }

    private final Slot slot;
    private final SlotOccupancy occupancy;
    private final boolean open;
    private final List<OccasionalBooking> waiting;

    private WaitingList(Slot slot, SlotOccupancy occupancy, boolean open, List<OccasionalBooking> waiting) {
        this.slot = slot;
        this.occupancy = occupancy;
        this.open = open;
        this.waiting = waiting;
    }

    /** The slot's list from its regular contracts present that day and its bookings, in any order. */
    public static WaitingList of(Slot slot, NurserySettings settings, List<RegularContract> present,
            List<OccasionalBooking> inSlot) {
        Objects.requireNonNull(slot, "slot");
        if (present.stream().anyMatch(c -> !c.occupies(slot)) || inSlot.stream().anyMatch(b -> !b.slot().equals(slot))) {
            throw new IllegalArgumentException("Contracts and bookings of another slot than " + slot);
        }
        int confirmed = (int) inSlot.stream().filter(OccasionalBooking::isConfirmed).count();
        List<OccasionalBooking> waiting = inSlot.stream().filter(OccasionalBooking::isWaiting)
                .sorted(Comparator.comparingLong(OccasionalBooking::queueNumber)).toList();
        return new WaitingList(slot, new SlotOccupancy(slot, settings.placesPerSlot(), present.size(), confirmed),
                settings.isOpen(slot.date()), waiting);
    }

    public SlotOccupancy occupancy() {
        return occupancy;
    }

    /** The waiting requests in queue order. */
    public List<OccasionalBooking> waiting() {
        return waiting;
    }

    /**
     * Decides requests that arrived together, in arrival order, numbered from {@code firstQueueNumber}:
     * each confirmed while places remain and nobody waits before it, else queued at the end.
     */
    public List<Admitted> admit(List<ChildId> children, long firstQueueNumber, Instant now) {
        // while anyone waits, a newcomer waits behind them
        int room = waiting.isEmpty() ? occupancy.available() : 0;
        int queued = waiting.size();
        long queueNumber = firstQueueNumber;
        List<Admitted> admitted = new ArrayList<>();
        for (ChildId child : children) {
            boolean placeLeft = room > 0;
            OccasionalBooking booking = OccasionalBooking.request(BookingId.random(), child, slot, queueNumber++, now, placeLeft);
            if (placeLeft) {
                room--;
                admitted.add(new Admitted(booking, null));
            } else {
                admitted.add(new Admitted(booking, ++queued));
            }
        }
        return admitted;
    }

    /**
     * The first waiting requests, confirmed, as many as places are free — none once the slot has
     * started or on a day the nursery is closed.
     */
    public List<OccasionalBooking> promote(Instant now, ZoneId zone) {
        if (!now.isBefore(slot.start(zone)) || !open) {
            return List.of();
        }
        return waiting.stream().limit(occupancy.available()).map(b -> b.confirm(now, zone)).toList();
    }

    /** The 1-based position of a waiting request among its slot's bookings, or null when it is not waiting. */
    public static Integer position(OccasionalBooking booking, List<OccasionalBooking> slotBookings) {
        if (!booking.isWaiting()) {
            return null;
        }
        return 1 + (int) slotBookings.stream()
                .filter(b -> b.isWaiting() && b.queueNumber() < booking.queueNumber())
                .count();
    }
}
