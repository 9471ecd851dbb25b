package fr.espacefamille.application.nursery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.WaitingList;

/** A child's occasional-care bookings with their current status and waiting position. */
public final class ListOccasionalBookings {

    private final NurseryAccess access;
    private final OccasionalBookings bookings;

    public ListOccasionalBookings(NurseryStores stores) {
        this.access = stores.access();
        this.bookings = stores.bookings();
    }

    public List<BookingView> of(Actor actor, ChildId child) {
        access.reach(actor, child);
        List<OccasionalBooking> own = bookings.ofChild(child);
        Map<Slot, List<OccasionalBooking>> waitingSlots = own.stream().filter(OccasionalBooking::isWaiting)
                .map(OccasionalBooking::slot).distinct()
                .collect(Collectors.toMap(Function.identity(), bookings::inSlot));
        return own.stream().map(b -> new BookingView(b, WaitingList.position(b, waitingSlots.getOrDefault(b.slot(), List.of()))))
                .toList();
    }
}
