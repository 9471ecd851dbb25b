package fr.espacefamille.application.nursery;

import java.time.LocalDate;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.NurseryAge;
import fr.espacefamille.domain.shared.Refusal;

/** Nursery staff register a child for occasional care over a period; the family may then book slots in it. */
public final class RegisterOccasionalCare {

    public record Command(ChildId child, LocalDate from, LocalDate to) {
    }

    static final Refusal ALREADY_ENROLLED = Refusal.conflict("ALREADY_ENROLLED",
            "L'enfant est déjà inscrit à l'accueil occasionnel sur une partie de cette période.");

    private final NurseryStores stores;
    private final Transactions transactions;
    private final Audit audit;

    public RegisterOccasionalCare(NurseryStores stores, Transactions transactions, Audit audit) {
        this.stores = stores;
        this.transactions = transactions;
        this.audit = audit;
    }

    public EnrolmentId register(Actor actor, Command command) {
        NurseryAccess.Reached reached = stores.access().staffReach(actor, command.child());
        if (command.to().isBefore(command.from())) {
            throw Refusals.invalid("to", "la fin de l'inscription précède son début");
        }
        if (command.to().isAfter(command.from().plusYears(RegisterRegularContract.MAX_YEARS))) {
            throw Refusals.invalid("to", "une inscription ne peut dépasser " + RegisterRegularContract.MAX_YEARS + " ans");
        }
        if (!NurseryAge.admitsSomeDayBetween(reached.child().birthDate(), command.from(), command.to(),
                reached.family().resources().disabledChild())) {
            throw Refusals.refuse(NurseryAge.AGE_OUT_OF_RANGE);
        }
        Enrolment enrolment = new Enrolment(EnrolmentId.random(), command.child(), ChildService.NURSERY_OCCASIONAL,
                command.from(), command.to(), null);
        return transactions.inTransaction(() -> {
            boolean overlaps = stores.enrolments().ofChild(command.child()).stream()
                    .anyMatch(e -> e.service() == ChildService.NURSERY_OCCASIONAL
                            && !e.from().isAfter(enrolment.to()) && !e.to().isBefore(enrolment.from()));
            if (overlaps) {
                throw Refusals.refuse(ALREADY_ENROLLED);
            }
            stores.enrolments().add(enrolment);
            audit.record(actor, "NURSERY_OCCASIONAL_REGISTERED", enrolment.id(), null,
                    AuditJson.of("child", enrolment.child(), "from", enrolment.from(), "to", enrolment.to()));
            return enrolment.id();
        });
    }
}
