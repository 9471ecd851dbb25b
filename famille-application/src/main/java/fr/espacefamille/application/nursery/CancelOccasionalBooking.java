package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Town;

/**
 * A family gives back an occasional-care place or withdraws a waiting request. Free up to 48
 * hours before the slot starts, billed after; the freed place goes to the first waiting request.
 * Cancelling again answers the cancellation already made.
 * <p>Refuses (API error codes): {@code NOT_FOUND}, {@code SLOT_ALREADY_STARTED}.
 */
public final class CancelOccasionalBooking {

    static final Refusal STARTED = Refusal.rule("SLOT_ALREADY_STARTED",
            "Ce créneau a déjà commencé : il ne peut plus être annulé.");

    private final NurseryAccess access;
    private final NurserySlots slots;
    private final OccasionalBookings bookings;
    private final FreedPlaces freedPlaces;
    private final Transactions transactions;
    private final Mailer mailer;
    private final Audit audit;
    private final Clock clock;

    public CancelOccasionalBooking(NurseryStores stores, Transactions transactions, Mailer mailer, Town town, Audit audit, Clock clock) {
        this.access = stores.access();
        this.slots = stores.slots();
        this.bookings = stores.bookings();
        this.freedPlaces = new FreedPlaces(stores, town, audit, clock);
        this.transactions = transactions;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    public OccasionalBooking cancel(Actor actor, ChildId child, BookingId id) {
        access.reach(actor, child);
        OccasionalBooking found = bookings.byId(id).filter(b -> b.child().equals(child)).orElseThrow(Refusals::notFound);
        List<Mail> mails = new ArrayList<>();
        OccasionalBooking cancelled = transactions.inTransaction(() -> {
            slots.lock(found.slot());
            OccasionalBooking booking = bookings.byId(id).orElseThrow(Refusals::notFound);
            if (!booking.isActive()) {
                return booking;
            }
            if (booking.hasStarted(clock.instant(), clock.getZone())) {
                throw Refusals.refuse(STARTED);
            }
            OccasionalBooking done = booking.cancel(clock.instant(), clock.getZone());
            bookings.update(done);
            audit.record(actor, "NURSERY_BOOKING_CANCELLED", id, booking.status().name(),
                    AuditJson.of("status", "CANCELLED", "billed", done.billed()));
            if (booking.isConfirmed()) {
                mails.addAll(freedPlaces.promote(booking.slot()));
            }
            return done;
        });
        mails.forEach(mailer::send);
        return cancelled;
    }
}
