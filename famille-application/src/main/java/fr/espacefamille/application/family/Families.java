package fr.espacefamille.application.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/** Out-port: the store of families with their guardians and children. */
public interface Families {

    void add(Family family);

    /** Saves the family's changes: quotients, address, preference, guardians' contact details. */
    void update(Family family);

    Optional<Family> byId(FamilyId id);

    Optional<Family> byChild(ChildId id);

    /**
     * What a request about a child checks before anything else, read without the family whole: the
     * family it belongs to, its birth date and whether the family declares a disabled child.
     */
    record ChildFacts(FamilyId family, LocalDate birthDate, boolean disabledChild) {
    }

    /** The {@link ChildFacts} of these children (unknown children left out), in one reading whatever their number. */
    Map<ChildId, ChildFacts> factsOf(Collection<ChildId> children);

    Optional<Family> byGuardian(GuardianId id);

    /**
     * Families whose name, a guardian's or child's name or a guardian's email contains every word
     * of {@code query} (case- and accent-insensitive), sorted by name; all of them for a blank query.
     */
    List<Family> search(String query, int limit);

    /** Families in id order after {@code after} (from the first when null), at most {@code limit}: the town a page at a time. */
    List<Family> after(FamilyId after, int limit);
}
