package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.WaitingList;
import fr.espacefamille.domain.shared.Town;

/**
 * Gives a slot's freed places (a cancellation, a contract ending, more places) to its
 * {@link WaitingList} at once, in the same transaction, and tells the families by e-mail.
 */
final class FreedPlaces {

    private final OccasionalBookings bookings;
    private final SlotLedger ledger;
    private final NurserySettingsStore settings;
    private final Families families;
    private final Town town;
    private final Audit audit;
    private final Clock clock;

    FreedPlaces(NurseryStores stores, Town town, Audit audit, Clock clock) {
        this.bookings = stores.bookings();
        this.ledger = stores.ledger();
        this.settings = stores.settings();
        this.families = stores.families();
        this.town = town;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms the slot's first waiting requests while places remain. The caller holds the slot's
     * lock; the answer is the mails to send once the transaction has committed.
     */
    List<Mail> promote(Slot slot) {
        List<Mail> mails = new ArrayList<>();
        for (OccasionalBooking confirmed : ledger.waitingList(slot, settings.current()).promote(clock.instant(), clock.getZone())) {
            bookings.update(confirmed);
            audit.record(Actor.SYSTEM, "NURSERY_BOOKING_CONFIRMED_FROM_WAITING_LIST", confirmed.id(), "WAITLISTED", "CONFIRMED");
            Family family = families.byChild(confirmed.child()).orElseThrow();
            mails.addAll(NurseryMails.placeConfirmed(town, family, family.child(confirmed.child()).orElseThrow(), confirmed));
        }
        return mails;
    }
}
