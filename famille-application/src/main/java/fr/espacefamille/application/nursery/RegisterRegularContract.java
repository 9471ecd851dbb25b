package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.nursery.BookingWindow;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.SlotOccupancy;
import fr.espacefamille.domain.nursery.WeeklySchedule;
import fr.espacefamille.domain.nursery.NurseryAge;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Nursery staff register a regular contract: period, weekly schedule, planned congés weeks. It
 * is refused when a coming slot it would take has no place left (contracts and confirmed
 * occasional care together), so that no slot ever holds more children than places.
 */
public final class RegisterRegularContract {

    public record Command(ChildId child, LocalDate from, LocalDate to, Map<DayOfWeek, DailyHours> schedule,
            List<CongesWeek> congesWeeks) {
    }

    /** A contract longer than this is surely a typing mistake in a year. */
    public static final int MAX_YEARS = 4;
    static final Refusal ALREADY_ENROLLED = Refusal.conflict("ALREADY_ENROLLED",
            "L'enfant a déjà un contrat d'accueil régulier sur une partie de cette période.");

    private final NurseryStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public RegisterRegularContract(NurseryStores stores, Transactions transactions, Audit audit, Clock clock) {
        this.stores = stores;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public EnrolmentId register(Actor actor, Command command) {
        NurseryAccess.Reached reached = stores.access().staffReach(actor, command.child());
        if (command.to().isBefore(command.from())) {
            throw Refusals.invalid("to", "la fin du contrat précède son début");
        }
        if (command.to().isAfter(command.from().plusYears(MAX_YEARS))) {
            throw Refusals.invalid("to", "un contrat ne peut dépasser " + MAX_YEARS + " ans");
        }
        if (!NurseryAge.admitsSomeDayBetween(reached.child().birthDate(), command.from(), command.to(),
                reached.family().resources().disabledChild())) {
            throw Refusals.refuse(NurseryAge.AGE_OUT_OF_RANGE);
        }
        LocalDate today = LocalDate.now(clock);
        RegularContract contract = RegularContract.create(EnrolmentId.random(), command.child(), command.from(),
                command.to(), new WeeklySchedule(command.schedule()), command.congesWeeks(), today);
        return transactions.inTransaction(() -> {
            stores.settings().lock();
            boolean overlaps = stores.contracts().ofChild(command.child()).stream()
                    .anyMatch(c -> !c.from().isAfter(contract.to()) && !c.to().isBefore(contract.from()));
            if (overlaps) {
                throw Refusals.refuse(ALREADY_ENROLLED);
            }
            LocalDate first = contract.from().isAfter(today) ? contract.from() : today;
            lockBookableSlots(contract, first, today);
            refuseIfFull(contract, first);
            stores.enrolments().add(contract.enrolment());
            stores.contracts().add(contract);
            audit.record(actor, "NURSERY_CONTRACT_REGISTERED", contract.id(), null, describe(contract));
            return contract.id();
        });
    }

    /** The slots where occasional care may be booked meanwhile are locked, in order, like a booking would. */
    private void lockBookableSlots(RegularContract contract, LocalDate first, LocalDate today) {
        LocalDate last = BookingWindow.last(today).isBefore(contract.to()) ? BookingWindow.last(today) : contract.to();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (HalfDay period : HalfDay.values()) {
                Slot slot = new Slot(date, period);
                if (contract.occupies(slot)) {
                    stores.slots().lock(slot);
                }
            }
        }
    }

    private void refuseIfFull(RegularContract contract, LocalDate first) {
        if (first.isAfter(contract.to())) {
            return;
        }
        NurserySettings settings = stores.settings().current();
        for (SlotOccupancy slot : stores.ledger().between(first, contract.to(), settings)) {
            if (contract.occupies(slot.slot()) && !slot.hasRoom() && clock.instant().isBefore(slot.slot().start(clock.getZone()))) {
                throw Refusals.refuse(Refusal.rule("NURSERY_FULL", "Plus aucune place le " + NurseryMails.day(slot.slot().date())
                        + " (" + slot.slot().period().french() + ") : le contrat ne peut commencer ainsi."));
            }
        }
    }

    static String describe(RegularContract c) {
        return AuditJson.of("child", c.child(), "from", c.from(), "to", c.to(), "schedule", c.schedule().days(),
                "congesWeeks", c.congesWeeks().size());
    }
}
