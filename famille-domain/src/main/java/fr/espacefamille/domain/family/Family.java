package fr.espacefamille.domain.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import fr.espacefamille.domain.privacy.Anonymised;
import fr.espacefamille.domain.shared.Text;

/**
 * A family (foyer): the unit that is billed. Holds its guardians (1 or 2), children, address,
 * residence (residents and non-residents pay different canteen prices), quotient history and
 * invoice preference (paper or online).
 */
public record Family(
        FamilyId id,
        String name,
        Address address,
        boolean resident,
        List<FamilyQuotient> quotients,
        Resources resources,
        boolean paperless,
        List<Guardian> guardians,
        List<Child> children) {

    public Family {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "Le nom du foyer", 200);
        Objects.requireNonNull(address, "L'adresse est obligatoire");
        Objects.requireNonNull(resources, "resources");
        quotients = quotients.stream().sorted(Comparator.comparing(FamilyQuotient::validFrom)).toList();
        guardians = List.copyOf(guardians);
        children = List.copyOf(children);
        if (guardians.isEmpty() || guardians.size() > 2) {
            throw new IllegalArgumentException("Un foyer compte un ou deux responsables légaux");
        }
        if (quotients.stream().map(FamilyQuotient::validFrom).distinct().count() != quotients.size()) {
            throw new IllegalArgumentException("Deux quotients familiaux ne peuvent commencer le même jour");
        }
    }

    /** A new family; a quotient given at creation is valid from that day. */
    public static Family create(FamilyId id, String name, Address address, boolean resident, Integer quotient,
            LocalDate today, Resources resources, List<Guardian> guardians, List<Child> children) {
        List<FamilyQuotient> quotients = quotient == null ? List.of() : List.of(new FamilyQuotient(quotient, today));
        return new Family(id, name, address, resident, quotients, resources, false, guardians, children);
    }

    /** The quotient in force on {@code date}: the latest one valid from that day or before. */
    public OptionalInt quotientOn(LocalDate date) {
        return quotients.stream()
                .filter(q -> !q.validFrom().isAfter(date))
                .reduce((a, b) -> b)
                .map(q -> OptionalInt.of(q.value()))
                .orElse(OptionalInt.empty());
    }

    /** Records a new quotient; one starting the same day replaces the earlier entry. */
    /**
     * The family with its personal data replaced (§13): names, contacts, address, declared resources
     * and children's exact birth dates (the year stays, for statistics); quotients stay, they
     * only priced invoices that are kept.
     */
    public Family anonymised() {
        return new Family(id, Anonymised.FAMILY_NAME,
                new Address(Anonymised.ADDRESS_LINE, null,
                        Anonymised.POSTCODE, Anonymised.CITY),
                resident, quotients, Resources.UNDECLARED, paperless,
                guardians.stream().map(g -> new Guardian(g.id(), Anonymised.FIRST_NAME,
                        Anonymised.LAST_NAME, null, null)).toList(),
                children.stream().map(c -> new Child(c.id(), Anonymised.FIRST_NAME,
                        Anonymised.LAST_NAME, c.birthDate().withDayOfYear(1), c.schoolId(), c.grade()))
                        .toList());
    }

    public Family withQuotient(FamilyQuotient quotient) {
        List<FamilyQuotient> next = new ArrayList<>(quotients);
        next.removeIf(q -> q.validFrom().equals(quotient.validFrom()));
        next.add(quotient);
        return new Family(id, name, address, resident, next, resources, paperless, guardians, children);
    }

    public Family withPaperless(boolean online) {
        return new Family(id, name, address, resident, quotients, resources, online, guardians, children);
    }

    public Family withAddress(Address newAddress) {
        return new Family(id, name, newAddress, resident, quotients, resources, paperless, guardians, children);
    }

    /** The household as declared for the nursery's hourly rate (annual resources, dependent children, disability). */
    public Family withResources(Resources declared) {
        return new Family(id, name, address, resident, quotients, declared, paperless, guardians, children);
    }

    public Family withResident(boolean livesInTown) {
        return new Family(id, name, address, livesInTown, quotients, resources, paperless, guardians, children);
    }

    public Family withGuardian(Guardian updated) {
        List<Guardian> next = guardians.stream().map(g -> g.id().equals(updated.id()) ? updated : g).toList();
        return new Family(id, name, address, resident, quotients, resources, paperless, next, children);
    }

    /** A child joins the family (a place accepted for a child the town did not know yet). */
    public Family withChild(Child added) {
        if (hasChild(added.id())) {
            throw new IllegalArgumentException("L'enfant fait déjà partie du foyer");
        }
        List<Child> next = new ArrayList<>(children);
        next.add(added);
        return new Family(id, name, address, resident, quotients, resources, paperless, guardians, next);
    }

    public Optional<Guardian> guardian(GuardianId guardianId) {
        return guardians.stream().filter(g -> g.id().equals(guardianId)).findFirst();
    }

    public Optional<Child> child(ChildId childId) {
        return children.stream().filter(c -> c.id().equals(childId)).findFirst();
    }

    public boolean hasChild(ChildId childId) {
        return child(childId).isPresent();
    }

    /** What the family is found by, {@linkplain Text#folded folded}: its name, guardians' names and emails, children's names. */
    public String searchText() {
        List<String> words = new ArrayList<>();
        words.add(name);
        guardians.forEach(g -> words.addAll(java.util.stream.Stream.of(g.firstName(), g.lastName(), g.email()).filter(Objects::nonNull).toList()));
        children.forEach(c -> words.addAll(java.util.stream.Stream.of(c.firstName(), c.lastName()).filter(Objects::nonNull).toList()));
        return Text.folded(String.join(" ", words));
    }
}
