package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Town;

/**
 * Nursery staff end a regular contract early. The places it held in coming slots go at once to
 * the waiting requests of those slots.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class EndRegularContract {

    /** The request that {@link EndRegularContract} carries out. */
    public record Command(EnrolmentId contract, LocalDate lastDay) {
    }

    private final NurseryStores stores;
    private final FreedPlaces freedPlaces;
    private final Transactions transactions;
    private final Mailer mailer;
    private final Audit audit;
    private final Clock clock;

    public EndRegularContract(NurseryStores stores, Transactions transactions, Mailer mailer, Town town, Audit audit, Clock clock) {
        this.stores = stores;
        this.freedPlaces = new FreedPlaces(stores, town, audit, clock);
        this.transactions = transactions;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    public RegularContract end(Actor actor, Command command) {
        actor.require(Role.NURSERY_AGENT);
        RegularContract contract = stores.contracts().byId(command.contract()).orElseThrow(Refusals::notFound);
        if (command.lastDay().isBefore(contract.from()) || command.lastDay().isAfter(contract.to())) {
            throw Refusals.invalid("lastDay", "le dernier jour doit être compris entre le " + FrenchText.date(contract.from()) + " et le " + FrenchText.date(contract.to()));
        }
        LocalDate today = LocalDate.now(clock);
        List<Mail> mails = new ArrayList<>();
        RegularContract ended = transactions.inTransaction(() -> {
            RegularContract current = stores.contracts().byId(command.contract()).orElseThrow(Refusals::notFound);
            RegularContract shorter = current.endingOn(command.lastDay());
            List<Slot> freed = new ArrayList<>();
            LocalDate first = command.lastDay().plusDays(1).isAfter(today) ? command.lastDay().plusDays(1) : today;
            LocalDate last = current.to().isBefore(BookingWindow.last(today)) ? current.to() : BookingWindow.last(today);
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                for (HalfDay period : HalfDay.values()) {
                    Slot slot = new Slot(date, period);
                    if (current.occupies(slot)) {
                        stores.slots().lock(slot);
                        freed.add(slot);
                    }
                }
            }
            stores.enrolments().update(shorter.enrolment());
            stores.contracts().update(shorter);
            audit.record(actor, "NURSERY_CONTRACT_ENDED", current.id(), AuditJson.of("to", current.to()),
                    AuditJson.of("to", shorter.to()));
            freed.forEach(slot -> mails.addAll(freedPlaces.promote(slot)));
            return shorter;
        });
        mails.forEach(mailer::send);
        return ended;
    }
}
