package fr.espacefamille.application.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;

/**
 * Test data: {@code aFamily("Martin").withChild("Léa", LocalDate.of(2018, 3, 14)).build()} instead
 * of {@link Family}'s nine-argument constructor. A family is, unless told otherwise, resident at
 * 1 rue de la Loire in Donges, with no quotient, undeclared resources, paper invoices, and one
 * guardian Camille without email or phone when no guardian is given; children bear its name.
 */
public final class FamilyBuilder {

    private final String name;
    private FamilyId id = FamilyId.random();
    private Address address = donges();
    private boolean resident = true;
    private final List<FamilyQuotient> quotients = new ArrayList<>();
    private Resources resources = Resources.UNDECLARED;
    private boolean paperless;
    private final List<Guardian> guardians = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();

    private FamilyBuilder(String name) {
        this.name = name;
    }

    /** A family named {@code name}. */
    public static FamilyBuilder aFamily(String name) {
        return new FamilyBuilder(name);
    }

    /** A child of no school, born on {@code birth}. */
    public static Child aChild(String firstName, String lastName, LocalDate birth) {
        return new Child(ChildId.random(), firstName, lastName, birth, null, null);
    }

    /** The address used when none is given: 1 rue de la Loire, 44480 Donges. */
    public static Address donges() {
        return new Address("1 rue de la Loire", null, "44480", "Donges");
    }

    public FamilyBuilder withId(FamilyId id) {
        this.id = id;
        return this;
    }

    public FamilyBuilder at(Address address) {
        this.address = address;
        return this;
    }

    public FamilyBuilder resident(boolean resident) {
        this.resident = resident;
        return this;
    }

    public FamilyBuilder withQuotient(int value, LocalDate since) {
        quotients.add(new FamilyQuotient(value, since));
        return this;
    }

    public FamilyBuilder withResources(Resources resources) {
        this.resources = resources;
        return this;
    }

    /** Invoices online only (the family chose paperless). */
    public FamilyBuilder paperless(boolean paperless) {
        this.paperless = paperless;
        return this;
    }

    /** A guardian of the family's name, with this email (or none) and no phone. */
    public FamilyBuilder withGuardian(String firstName, String email) {
        return withGuardian(new Guardian(GuardianId.random(), firstName, name, email, null));
    }

    public FamilyBuilder withGuardian(Guardian guardian) {
        guardians.add(guardian);
        return this;
    }

    /** A child of the family's name, of no school. */
    public FamilyBuilder withChild(String firstName, LocalDate birth) {
        return withChild(aChild(firstName, name, birth));
    }

    public FamilyBuilder withChild(Child child) {
        children.add(child);
        return this;
    }

    public FamilyBuilder withChildren(List<Child> children) {
        this.children.addAll(children);
        return this;
    }

    public Family build() {
        List<Guardian> given = guardians.isEmpty() ? List.of(new Guardian(GuardianId.random(), "Camille", name, null, null)) : guardians;
        return new Family(id, name, address, resident, quotients, resources, paperless, given, children);
    }
}
