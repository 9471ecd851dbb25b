package fr.espacefamille.application.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.ActivationKeyIssuer.KeyIssued;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;

/**
 * Staff enrol a family after checking its papers at the town hall. Each guardian gets an
 * activation key, returned here once: only its hash is kept.
 */
public final class CreateFamily {

    public record NewGuardian(String firstName, String lastName, String email, String phone) {
    }

    public record NewChild(String firstName, String lastName, LocalDate birthDate, SchoolId schoolId, Grade grade) {
    }

    public record Command(String name, Address address, Integer quotient, Long annualResourcesCents,
            Integer dependentChildren, Boolean disabledChild, boolean resident,
            List<NewGuardian> guardians, List<NewChild> children) {
    }

    public record Result(FamilyId id, List<KeyIssued> guardians, List<ChildId> children) {
    }

    private final Families families;
    private final Schools schools;
    private final ActivationKeyIssuer keys;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public CreateFamily(Families families, Schools schools, ActivationKeyIssuer keys, Transactions transactions,
            Audit audit, Clock clock) {
        this.families = families;
        this.schools = schools;
        this.keys = keys;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Result create(Actor actor, Command command) {
        actor.require(Role.SCHOOL_AGENT, Role.NURSERY_AGENT);
        LocalDate today = LocalDate.now(clock);
        List<Guardian> guardians = command.guardians().stream()
                .map(g -> new Guardian(GuardianId.random(), g.firstName(), g.lastName(), g.email(), g.phone()))
                .toList();
        List<Child> children = command.children().stream()
                .map(c -> new Child(ChildId.random(), c.firstName(), c.lastName(), c.birthDate(), c.schoolId(), c.grade()))
                .toList();
        int dependents = command.dependentChildren() != null ? command.dependentChildren() : Math.max(1, children.size());
        Resources resources = new Resources(
                command.annualResourcesCents() == null ? null : Money.ofCents(command.annualResourcesCents()),
                dependents, Boolean.TRUE.equals(command.disabledChild()));
        Family family = Family.create(FamilyId.random(), command.name(), command.address(), command.resident(),
                command.quotient(), today, resources, guardians, children);
        return transactions.inTransaction(() -> {
            for (Child child : children) {
                if (child.schoolId() != null && schools.byId(child.schoolId()).isEmpty()) {
                    throw Refusals.invalid("children.schoolId", "école inconnue");
                }
            }
            families.add(family);
            audit.record(actor, "FAMILY_CREATED", family.id(), null, describe(family));
            List<KeyIssued> issued = new ArrayList<>();
            for (Guardian guardian : guardians) {
                issued.add(keys.issue(actor, family.id(), guardian.id()));
            }
            return new Result(family.id(), issued, children.stream().map(Child::id).toList());
        });
    }

    static String describe(Family family) {
        return "{\"name\":\"" + family.name() + "\",\"guardians\":" + family.guardians().size()
                + ",\"children\":" + family.children().size() + ",\"quotient\":"
                + family.quotientOn(LocalDate.MAX).stream().boxed().findFirst().orElse(null) + "}";
    }
}
