package fr.espacefamille.application.family;

import java.util.Objects;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Resources;

/**
 * Staff correct a family's file from the papers shown at the town hall: its address, whether it
 * lives in the town, and the household the nursery's hourly rate depends on (annual resources,
 * dependent children, a disabled child). The quotient keeps its own dated history ({@link UpdateQuotient}).
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class EditFamily {

    /** The family's new file; {@code resources} carries null annual resources when none were declared. */
    public record Command(Address address, boolean resident, Resources resources) {
        public Command {
            Objects.requireNonNull(address, "L'adresse est obligatoire");
            Objects.requireNonNull(resources, "resources");
        }
    }

    private final Families families;
    private final Transactions transactions;
    private final Audit audit;

    public EditFamily(Families families, Transactions transactions, Audit audit) {
        this.families = families;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Family edit(Actor actor, FamilyId id, Command command) {
        actor.require(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT);
        return transactions.inTransaction(() -> {
            Family family = families.byId(id).orElseThrow(Refusals::notFound);
            Family edited = family.withAddress(command.address()).withResident(command.resident()).withResources(command.resources());
            if (edited.equals(family)) {
                return family;
            }
            families.update(edited);
            audit.record(actor, "FAMILY_EDITED", id, describe(family), describe(edited));
            return edited;
        });
    }

    private static String describe(Family family) {
        Resources r = family.resources();
        return AuditJson.of("address", family.address().oneLine(), "resident", family.resident(),
                "annualResourcesCents", r.declared() ? r.annualResources().cents() : null,
                "dependentChildren", r.dependentChildren(), "disabledChild", r.disabledChild());
    }
}
