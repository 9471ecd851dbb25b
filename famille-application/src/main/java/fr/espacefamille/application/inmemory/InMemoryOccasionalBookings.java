package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import fr.espacefamille.application.nursery.OccasionalBookings;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;

/** In-memory {@link OccasionalBookings}. */
public final class InMemoryOccasionalBookings implements OccasionalBookings {

    private static final Comparator<OccasionalBooking> ORDER =
            Comparator.comparing(OccasionalBooking::slot).thenComparingLong(OccasionalBooking::queueNumber);

    private final Map<BookingId, OccasionalBooking> bookings;

    public InMemoryOccasionalBookings(InMemoryTransactions transactions) {
        this.bookings = new InMemoryMap<BookingId, OccasionalBooking>(transactions).map();
    }

    @Override
    public void addAll(List<OccasionalBooking> added) {
        added.forEach(this::put);
    }

    private void put(OccasionalBooking booking) {
        boolean taken = bookings.values().stream().anyMatch(b -> b.slot().equals(booking.slot())
                && (b.queueNumber() == booking.queueNumber() || b.isActive() && booking.isActive() && b.child().equals(booking.child())));
        if (taken || bookings.putIfAbsent(booking.id(), booking) != null) {
            throw new IllegalStateException("Booking clashes with a stored one: " + booking.id());
        }
    }

    @Override
    public void update(OccasionalBooking booking) {
        if (bookings.replace(booking.id(), booking) == null) {
            throw new IllegalStateException("Unknown booking: " + booking.id());
        }
    }

    @Override
    public Optional<OccasionalBooking> byId(BookingId id) {
        return Optional.ofNullable(bookings.get(id));
    }

    @Override
    public List<OccasionalBooking> ofChild(ChildId child) {
        return select(b -> b.child().equals(child));
    }

    @Override
    public List<OccasionalBooking> ofChildBetween(ChildId child, LocalDate from, LocalDate to) {
        return select(b -> b.child().equals(child) && within(b, from, to));
    }

    @Override
    public List<OccasionalBooking> inSlot(Slot slot) {
        return select(b -> b.slot().equals(slot));
    }

    @Override
    public List<OccasionalBooking> between(LocalDate from, LocalDate to) {
        return select(b -> within(b, from, to));
    }

    private static boolean within(OccasionalBooking booking, LocalDate from, LocalDate to) {
        return !booking.slot().date().isBefore(from) && !booking.slot().date().isAfter(to);
    }

    private List<OccasionalBooking> select(Predicate<OccasionalBooking> filter) {
        return bookings.values().stream().filter(filter).sorted(ORDER).toList();
    }
}
