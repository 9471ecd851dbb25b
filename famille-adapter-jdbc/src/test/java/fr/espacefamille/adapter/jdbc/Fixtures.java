package fr.espacefamille.adapter.jdbc;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.testdata.FamilyBuilder;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;

/** Plausible domain objects for the contract tests. Instants carry microseconds, as databases keep them. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-09-01T06:30:00.123456Z");

    private Fixtures() {
    }

    public static Address address() {
        return new Address("3 rue des Lilas", null, "44000", "Nantes");
    }

    public static Guardian guardian(String firstName, String lastName, String email) {
        return new Guardian(GuardianId.random(), firstName, lastName, email, "06 12 34 56 78");
    }

    public static Child child(String firstName, String lastName) {
        return new Child(ChildId.random(), firstName, lastName, LocalDate.of(2018, 3, 14), null, null);
    }

    public static Family family(String name, List<Guardian> guardians, List<Child> children) {
        FamilyBuilder family = aFamily(name).at(address()).withChildren(children);
        guardians.forEach(family::withGuardian);
        return family.build();
    }

    /** A family of one guardian named after it, without children. */
    public static Family family(String name) {
        return family(name, List.of(guardian("Camille", name, null)), List.of());
    }

    public static Account parent(Family family, String username, String email) {
        return new Account(AccountId.random(), new Username(username), email, "pbkdf2$1$c2FsdA$aGFzaA", Role.PARENT,
                family.guardians().get(0).id(), family.id(), NOW);
    }

    public static Account agent(String username) {
        return new Account(AccountId.random(), new Username(username), username + "@mairie.example.fr",
                "pbkdf2$1$c2FsdA$aGFzaA", Role.SCHOOL_AGENT, null, null, NOW);
    }

    public static Account applicant(String username) {
        return new Account(AccountId.random(), new Username(username), username + "@example.fr",
                "pbkdf2$1$c2FsdA$aGFzaA", Role.APPLICANT, null, null, NOW);
    }
}
