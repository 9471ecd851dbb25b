package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.SlotOccupancy;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Town;

/**
 * Nursery staff set the places per slot and the closure days (the list replaces the previous
 * one). Fewer places than are already taken in a coming slot are refused; more places go at once
 * to waiting requests; occasional care booked on a day that becomes closed is cancelled without
 * charge and the family told.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code PLACES_ALREADY_TAKEN}.
 */
public final class UpdateNurserySettings {

    /** The request that {@link UpdateNurserySettings} carries out. */
    public record Command(int placesPerSlot, List<LocalDate> closures) {
    }


    private final NurseryStores stores;
    private final FreedPlaces freedPlaces;
    private final Transactions transactions;
    private final Mailer mailer;
    private final Town town;
    private final Audit audit;
    private final Clock clock;

    public UpdateNurserySettings(NurseryStores stores, Transactions transactions, Mailer mailer, Town town, Audit audit, Clock clock) {
        this.stores = stores;
        this.freedPlaces = new FreedPlaces(stores, town, audit, clock);
        this.transactions = transactions;
        this.mailer = mailer;
        this.town = town;
        this.audit = audit;
        this.clock = clock;
    }

    public NurserySettings update(Actor actor, Command command) {
        actor.require(Role.NURSERY_AGENT);
        NurserySettings next = NurserySettings.of(command.placesPerSlot(), command.closures());
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = BookingWindow.last(today);
        List<Mail> mails = new ArrayList<>();
        NurserySettings saved = transactions.inTransaction(() -> {
            stores.settings().lock();
            NurserySettings previous = stores.settings().current();
            for (LocalDate date = today; !date.isAfter(windowEnd); date = date.plusDays(1)) {
                for (HalfDay period : HalfDay.values()) {
                    stores.slots().lock(new Slot(date, period));
                }
            }
            refuseIfTaken(next, today);
            stores.settings().save(next);
            audit.record(actor, "NURSERY_SETTINGS_UPDATED", "nursery", describe(previous), describe(next));
            for (OccasionalBooking booking : stores.bookings().between(today, windowEnd)) {
                if (booking.isActive() && !next.isOpen(booking.slot().date())) {
                    stores.bookings().update(booking.cancelForClosure(clock.instant()));
                    audit.record(actor, "NURSERY_BOOKING_CANCELLED_FOR_CLOSURE", booking.id(), booking.status().name(), "CANCELLED");
                    Family family = stores.families().byChild(booking.child()).orElseThrow();
                    mails.addAll(NurseryMails.cancelledForClosure(town, family, family.child(booking.child()).orElseThrow(), booking.slot()));
                }
            }
            for (LocalDate date = today; !date.isAfter(windowEnd); date = date.plusDays(1)) {
                for (HalfDay period : HalfDay.values()) {
                    mails.addAll(freedPlaces.promote(new Slot(date, period)));
                }
            }
            return next;
        });
        mails.forEach(mailer::send);
        return saved;
    }

    public NurserySettings current() {
        return stores.settings().current();
    }

    /** Refuses fewer places than contracts and confirmed bookings already hold in a slot yet to start. */
    private void refuseIfTaken(NurserySettings next, LocalDate today) {
        LocalDate lastContractDay = stores.contracts().runningFrom(today).stream()
                .map(RegularContract::to).max(LocalDate::compareTo).orElse(today);
        LocalDate until = lastContractDay.isAfter(BookingWindow.last(today)) ? lastContractDay : BookingWindow.last(today);
        for (SlotOccupancy slot : stores.ledger().between(today, until, next)) {
            int taken = slot.contracts() + slot.confirmed();
            if (taken > next.placesPerSlot() && clock.instant().isBefore(slot.slot().start(clock.getZone()))) {
                throw Refusals.refuse(Refusal.rule("PLACES_ALREADY_TAKEN", "Le " + NurseryMails.day(slot.slot().date()) + " ("
                        + slot.slot().period().french() + "), " + taken + " places sont déjà occupées : impossible de passer à "
                        + next.placesPerSlot() + " places."));
            }
        }
    }

    private static String describe(NurserySettings settings) {
        return AuditJson.of("placesPerSlot", settings.placesPerSlot(), "closures", settings.closures().size());
    }
}
