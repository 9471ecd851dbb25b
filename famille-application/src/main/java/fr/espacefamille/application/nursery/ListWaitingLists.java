package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;

/**
 * The waiting lists of the coming bookable slots, in queue order, for nursery staff.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class ListWaitingLists {

    /** One waiting request with its child and family (staff call the family back, or cancel at its demand). */
    public record Waiting(int position, OccasionalBooking booking, Child child, Family family) {
    }

    private final NurseryStores stores;
    private final Clock clock;

    public ListWaitingLists(NurseryStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Per slot that has any, its waiting requests, positions 1, 2, … */
    public Map<Slot, List<Waiting>> coming(Actor actor) {
        actor.require(Role.NURSERY_AGENT);
        LocalDate today = LocalDate.now(clock);
        Map<Slot, List<Waiting>> lists = new TreeMap<>();
        for (OccasionalBooking booking : stores.bookings().between(today, BookingWindow.last(today))) {
            if (booking.isWaiting() && !booking.hasStarted(clock.instant(), clock.getZone())) {
                List<Waiting> list = lists.computeIfAbsent(booking.slot(), s -> new ArrayList<>());
                Family family = stores.families().byChild(booking.child()).orElseThrow();
                list.add(new Waiting(list.size() + 1, booking, family.child(booking.child()).orElseThrow(), family));
            }
        }
        return lists;
    }
}
