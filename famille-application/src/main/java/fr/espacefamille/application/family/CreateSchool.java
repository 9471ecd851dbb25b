package fr.espacefamille.application.family;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Staff add a school of the town.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class CreateSchool {

    /** A school; {@code address} (one line) may be null. */
    public record Command(String name, String address) {

        /** A school known by its name only. */
        public static Command named(String name) {
            return new Command(name, null);
        }
    }

    private final Schools schools;
    private final Transactions transactions;
    private final Audit audit;

    public CreateSchool(Schools schools, Transactions transactions, Audit audit) {
        this.schools = schools;
        this.transactions = transactions;
        this.audit = audit;
    }

    public SchoolId create(Actor actor, Command command) {
        actor.require(Role.SCHOOL_AGENT);
        School school = new School(SchoolId.random(), command.name(), command.address());
        return transactions.inTransaction(() -> {
            schools.add(school);
            audit.record(actor, "SCHOOL_CREATED", school.id(), null, school.name());
            return school.id();
        });
    }
}
