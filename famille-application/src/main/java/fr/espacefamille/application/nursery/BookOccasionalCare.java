package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Service;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Period;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A parent (or nursery staff for them) asks for occasional care in a slot: confirmed while places
 * remain, else put on the slot's waiting list, first come, first served.
 */
public final class BookOccasionalCare {

    public record Command(ChildId child, LocalDate date, Period period) {
    }

    static final Refusal OUTSIDE_WINDOW = Refusal.rule("OUTSIDE_BOOKING_WINDOW",
            "L'accueil occasionnel se réserve du lendemain jusqu'à 28 jours à l'avance.");
    static final Refusal CLOSED = Refusal.rule("NURSERY_CLOSED", "Le multi-accueil est fermé ce jour-là.");
    static final Refusal NOT_ENROLLED = Refusal.rule("NOT_ENROLLED",
            "L'enfant n'est pas inscrit à l'accueil occasionnel à cette date.");
    static final Refusal ALREADY_BOOKED = Refusal.conflict("ALREADY_BOOKED",
            "L'enfant a déjà une place ou une demande en attente sur ce créneau.");

    private final NurseryAccess access;
    private final Enrolments enrolments;
    private final NurserySettingsStore settings;
    private final NurserySlots slots;
    private final OccasionalBookings bookings;
    private final RegularContracts contracts;
    private final SlotLedger ledger;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public BookOccasionalCare(NurseryStores stores, Transactions transactions, Audit audit, Clock clock) {
        this.access = stores.access();
        this.enrolments = stores.enrolments();
        this.settings = stores.settings();
        this.slots = stores.slots();
        this.bookings = stores.bookings();
        this.contracts = stores.contracts();
        this.ledger = stores.ledger();
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public BookingView book(Actor actor, Command command) {
        access.reach(actor, command.child());
        Slot slot = new Slot(command.date(), command.period());
        if (!BookingWindow.contains(slot.date(), LocalDate.now(clock))) {
            throw Refusals.refuse(OUTSIDE_WINDOW);
        }
        if (!settings.current().isOpen(slot.date())) {
            throw Refusals.refuse(CLOSED);
        }
        if (enrolments.covering(command.child(), Service.NURSERY_OCCASIONAL, slot.date()).isEmpty()) {
            throw Refusals.refuse(NOT_ENROLLED);
        }
        return transactions.inTransaction(() -> {
            slots.lock(slot);
            // counted again under the lock: what was read before it may be stale
            NurserySettings current = settings.current();
            if (!current.isOpen(slot.date())) {
                throw Refusals.refuse(CLOSED);
            }
            List<OccasionalBooking> inSlot = new ArrayList<>(bookings.inSlot(slot));
            boolean holdsPlace = inSlot.stream().anyMatch(b -> b.isActive() && b.child().equals(command.child()))
                    || contracts.ofChild(command.child()).stream().anyMatch(c -> c.occupies(slot));
            if (holdsPlace) {
                throw Refusals.refuse(ALREADY_BOOKED);
            }
            boolean someoneWaits = inSlot.stream().anyMatch(OccasionalBooking::isWaiting);
            boolean placeLeft = !someoneWaits && ledger.of(slot, current).hasRoom();
            OccasionalBooking booking = OccasionalBooking.request(BookingId.random(), command.child(), slot,
                    slots.nextQueueNumber(slot), clock.instant(), placeLeft);
            bookings.add(booking);
            audit.record(actor, "NURSERY_BOOKING_REQUESTED", booking.id(), null,
                    "{\"child\":\"" + booking.child() + "\",\"slot\":\"" + slot + "\",\"status\":\"" + booking.status() + "\"}");
            inSlot.add(booking);
            return new BookingView(booking, WaitingList.position(booking, inSlot));
        });
    }
}
