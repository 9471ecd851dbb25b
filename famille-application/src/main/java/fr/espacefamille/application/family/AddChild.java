package fr.espacefamille.application.family;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.family.CreateFamily.NewChild;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;

/**
 * Staff add a child to a known family (a birth, a child arriving in the household), from the
 * family's file, without enrolling the family again.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_FAILED} (unknown school).
 */
public final class AddChild {

    private final Families families;
    private final Schools schools;
    private final Transactions transactions;
    private final Audit audit;

    public AddChild(Families families, Schools schools, Transactions transactions, Audit audit) {
        this.families = families;
        this.schools = schools;
        this.transactions = transactions;
        this.audit = audit;
    }

    public ChildId add(Actor actor, FamilyId id, NewChild newChild) {
        actor.require(Role.SCHOOL_AGENT, Role.NURSERY_AGENT);
        Child child = new Child(ChildId.random(), newChild.firstName(), newChild.lastName(), newChild.birthDate(),
                newChild.schoolId(), newChild.grade());
        return transactions.inTransaction(() -> {
            Family family = families.byId(id).orElseThrow(Refusals::notFound);
            if (child.schoolId() != null && schools.byId(child.schoolId()).isEmpty()) {
                throw Refusals.invalid("schoolId", "école inconnue");
            }
            families.update(family.withChild(child));
            audit.record(actor, "CHILD_ADDED", id, null, AuditJson.of("child", child.id(), "firstName", child.firstName(),
                    "lastName", child.lastName(), "birthDate", child.birthDate()));
            return child.id();
        });
    }
}
