package fr.espacefamille.application.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.AuditJson;
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
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}.
 */
public final class CreateFamily {

    /** A guardian to enrol; {@code email} and {@code phone} may be null (no email: the key letter is printed). */
    public record NewGuardian(String firstName, String lastName, String email, String phone) {

        /** A guardian with neither email nor phone yet. */
        public static NewGuardian named(String firstName, String lastName) {
            return new NewGuardian(firstName, lastName, null, null);
        }

        public NewGuardian withEmail(String email) {
            return new NewGuardian(firstName, lastName, email, phone);
        }

        public NewGuardian withPhone(String phone) {
            return new NewGuardian(firstName, lastName, email, phone);
        }
    }

    /** A child to enrol; {@code schoolId} and {@code grade} may be null (not at school yet). */
    public record NewChild(String firstName, String lastName, LocalDate birthDate, SchoolId schoolId, Grade grade) {

        /** A child not at school (yet). */
        public static NewChild born(String firstName, String lastName, LocalDate birthDate) {
            return new NewChild(firstName, lastName, birthDate, null, null);
        }

        public NewChild atSchool(SchoolId school, Grade grade) {
            return new NewChild(firstName, lastName, birthDate, school, grade);
        }
    }

    /**
     * The family to create. Optional values are null in the canonical constructor (as the JSON API
     * sends them); from code, start with {@link #of} and add what is known:
     * {@code Command.of("Martin", address).withQuotient(450).withGuardian(NewGuardian.named("Claire", "Martin"))}.
     */
    public record Command(String name, Address address, Integer quotient, Long annualResourcesCents,
            Integer dependentChildren, Boolean disabledChild, boolean resident,
            List<NewGuardian> guardians, List<NewChild> children) {

        /** A resident family with no quotient, no declared resources, no guardian and no child yet. */
        public static Command of(String name, Address address) {
            return new Command(name, address, null, null, null, null, true, List.of(), List.of());
        }

        /** The family quotient (QF), valid from the day of creation. */
        public Command withQuotient(int quotient) {
            return new Command(name, address, quotient, annualResourcesCents, dependentChildren, disabledChild, resident,
                    guardians, children);
        }

        /** The declared annual resources and household (the nursery's hourly rate, SPEC §3). */
        public Command withResources(Money annualResources, int dependentChildren, boolean disabledChild) {
            return new Command(name, address, quotient, annualResources.cents(), dependentChildren, disabledChild, resident,
                    guardians, children);
        }

        /** A family living outside the town (the canteen's non-resident price). */
        public Command nonResident() {
            return new Command(name, address, quotient, annualResourcesCents, dependentChildren, disabledChild, false,
                    guardians, children);
        }

        public Command withGuardian(NewGuardian guardian) {
            return new Command(name, address, quotient, annualResourcesCents, dependentChildren, disabledChild, resident,
                    append(guardians, guardian), children);
        }

        public Command withChild(NewChild child) {
            return new Command(name, address, quotient, annualResourcesCents, dependentChildren, disabledChild, resident,
                    guardians, append(children, child));
        }

        private static <T> List<T> append(List<T> list, T item) {
            List<T> longer = new ArrayList<>(list == null ? List.of() : list);
            longer.add(item);
            return List.copyOf(longer);
        }
    }

    /** What {@link CreateFamily} answers. */
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
        return AuditJson.of("name", family.name(), "guardians", family.guardians().size(), "children", family.children().size(),
                "quotient", family.quotientOn(LocalDate.MAX).stream().boxed().findFirst().orElse(null));
    }
}
