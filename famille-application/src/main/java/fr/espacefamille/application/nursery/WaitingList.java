package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;

/**
 * A slot's waiting list: its waiting requests in queue order. When a place frees up (a
 * cancellation, a contract ending, more places) the first waiting requests get it at once, in the
 * same transaction, and their families are told by e-mail.
 */
final class WaitingList {

    private final OccasionalBookings bookings;
    private final SlotLedger ledger;
    private final NurserySettingsStore settings;
    private final Families families;
    private final Audit audit;
    private final Clock clock;

    WaitingList(NurseryStores stores, Audit audit, Clock clock) {
        this.bookings = stores.bookings();
        this.ledger = stores.ledger();
        this.settings = stores.settings();
        this.families = stores.families();
        this.audit = audit;
        this.clock = clock;
    }

    /** The 1-based position of a waiting request among its slot's bookings, or null when it is not waiting. */
    static Integer position(OccasionalBooking booking, List<OccasionalBooking> slotBookings) {
        if (!booking.isWaiting()) {
            return null;
        }
        return 1 + (int) slotBookings.stream()
                .filter(b -> b.isWaiting() && b.queueNumber() < booking.queueNumber())
                .count();
    }

    /**
     * Confirms the slot's first waiting requests while places remain, unless the slot has started
     * or the nursery is closed that day. The caller holds the slot's lock; the answer is the mails
     * to send once the transaction has committed.
     */
    List<Mail> promote(Slot slot) {
        NurserySettings current = settings.current();
        if (!clock.instant().isBefore(slot.start(clock.getZone())) || !current.isOpen(slot.date())) {
            return List.of();
        }
        int room = ledger.of(slot, current).available();
        List<Mail> mails = new ArrayList<>();
        for (OccasionalBooking waiting : bookings.inSlot(slot)) {
            if (room == 0) {
                break;
            }
            if (!waiting.isWaiting()) {
                continue;
            }
            OccasionalBooking confirmed = waiting.confirm(clock.instant(), clock.getZone());
            bookings.update(confirmed);
            audit.record(Actor.SYSTEM, "NURSERY_BOOKING_CONFIRMED_FROM_WAITING_LIST", waiting.id(), "WAITLISTED", "CONFIRMED");
            Family family = families.byChild(waiting.child()).orElseThrow();
            mails.addAll(NurseryMails.placeConfirmed(family, family.child(waiting.child()).orElseThrow(), confirmed));
            room--;
        }
        return mails;
    }
}
