package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;

/** Out-port: occasional-care bookings, whatever their status. Lists come in slot order, then queue order. */
public interface OccasionalBookings {

    default void add(OccasionalBooking booking) {
        addAll(List.of(booking));
    }

    /** Adds several bookings at once (one statement on a database): a batch of requests decided together. */
    void addAll(List<OccasionalBooking> bookings);

    /** Saves a new status (confirmed, cancelled). */
    void update(OccasionalBooking booking);

    Optional<OccasionalBooking> byId(BookingId id);

    List<OccasionalBooking> ofChild(ChildId child);

    List<OccasionalBooking> ofChildBetween(ChildId child, LocalDate from, LocalDate to);

    List<OccasionalBooking> inSlot(Slot slot);

    /** Every booking of every slot from {@code from} to {@code to}, both included. */
    List<OccasionalBooking> between(LocalDate from, LocalDate to);
}
