package fr.espacefamille.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * A person's account. A parent's account belongs to one guardian of one family; staff and
 * applicant accounts belong to no family. The password is only ever held as a hash.
 */
public record Account(
        AccountId id,
        Username username,
        String email,
        String passwordHash,
        Role role,
        GuardianId guardianId,
        FamilyId familyId,
        Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((role == Role.PARENT) != (familyId != null && guardianId != null)) {
            throw new IllegalArgumentException("Un compte parent, et lui seul, appartient à un responsable d'un foyer");
        }
    }

    public Optional<FamilyId> family() {
        return Optional.ofNullable(familyId);
    }

    public Optional<GuardianId> guardian() {
        return Optional.ofNullable(guardianId);
    }

    public Account withPasswordHash(String newHash) {
        return new Account(id, username, email, newHash, role, guardianId, familyId, createdAt);
    }

    /** An applicant whose request was accepted becomes the parent of the family made from it. */
    public Account joiningFamily(FamilyId family, GuardianId guardian) {
        if (role != Role.APPLICANT) {
            throw new IllegalStateException("Seul un compte demandeur rejoint un foyer");
        }
        return new Account(id, username, email, passwordHash, Role.PARENT, guardian, family, createdAt);
    }

    public Account withEmail(String newEmail) {
        return new Account(id, username, newEmail, passwordHash, role, guardianId, familyId, createdAt);
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + role + "]";
    }
}
