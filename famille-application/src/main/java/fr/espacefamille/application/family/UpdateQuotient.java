package fr.espacefamille.application.family;

import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;

/**
 * Staff record a family's new quotient (QF), in force from a given day.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class UpdateQuotient {

    private final Families families;
    private final Transactions transactions;
    private final Audit audit;

    public UpdateQuotient(Families families, Transactions transactions, Audit audit) {
        this.families = families;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Family update(Actor actor, FamilyId id, int quotient, LocalDate validFrom) {
        actor.require(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT);
        FamilyQuotient entry = new FamilyQuotient(quotient, validFrom);
        return transactions.inTransaction(() -> {
            Family family = families.byId(id).orElseThrow(Refusals::notFound);
            Family updated = family.withQuotient(entry);
            families.update(updated);
            audit.record(actor, "QUOTIENT_UPDATED", id, family.quotients().toString(), updated.quotients().toString());
            return updated;
        });
    }
}
