package fr.espacefamille.application.shared;

import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * The person on whose behalf a use case runs: authorization is decided from it inside the use
 * cases, not only by the routes.
 */
public record Actor(AccountId accountId, String username, Role role, FamilyId familyId, GuardianId guardianId) {

    /** Changes made by the system itself (demo data, automatic confirmations). */
    public static final Actor SYSTEM = new Actor(null, "système", Role.ADMIN, null, null);

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** A town-hall agent acting with {@code role} (no account needed in memory). */
    public static Actor staff(String username, Role role) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("Not a staff role: " + role);
        }
        return new Actor(null, username, role, null, null);
    }

    public Optional<FamilyId> family() {
        return Optional.ofNullable(familyId);
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    /** Refuses unless the actor has one of the roles (ADMIN always has). */
    public void require(Role... roles) {
        if (!role.mayActAs(roles)) {
            throw new RefusedException(Refusal.forbidden());
        }
    }

    /** Staff see every family; a parent only their own. */
    public boolean mayReach(FamilyId family) {
        return isStaff() || family.equals(familyId);
    }
}
