package fr.espacefamille.application.inmemory;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.family.Families;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Text;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/** In-memory {@link Families}. */
public final class InMemoryFamilies implements Families {

    private final Map<FamilyId, Family> families;

    public InMemoryFamilies(InMemoryTransactions transactions) {
        this.families = new InMemoryMap<FamilyId, Family>(transactions).map();
    }

    @Override
    public void add(Family family) {
        if (families.putIfAbsent(family.id(), family) != null) {
            throw new IllegalStateException("Family already stored: " + family.id());
        }
    }

    @Override
    public void update(Family family) {
        if (families.replace(family.id(), family) == null) {
            throw new IllegalStateException("Unknown family: " + family.id());
        }
    }

    @Override
    public Optional<Family> byId(FamilyId id) {
        return Optional.ofNullable(families.get(id));
    }

    @Override
    public Optional<Family> byChild(ChildId id) {
        return families.values().stream().filter(f -> f.hasChild(id)).findFirst();
    }

    @Override
    public Map<ChildId, ChildFacts> factsOf(Collection<ChildId> children) {
        Map<ChildId, ChildFacts> found = new HashMap<>();
        children.forEach(child -> byChild(child).ifPresent(family -> found.put(child,
                new ChildFacts(family.id(), family.child(child).orElseThrow().birthDate(), family.resources().disabledChild()))));
        return found;
    }

    @Override
    public Optional<Family> byGuardian(GuardianId id) {
        return families.values().stream().filter(f -> f.guardian(id).isPresent()).findFirst();
    }

    @Override
    public List<Family> search(String query, int limit) {
        String[] words = Text.folded(query).split("\\s+");
        return families.values().stream()
                .filter(f -> {
                    String text = f.searchText();
                    return Arrays.stream(words).allMatch(text::contains);
                })
                .sorted(Comparator.comparing(Family::name).thenComparing(f -> f.id().toString()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Family> after(FamilyId after, int limit) {
        // the UUIDs' canonical text sorts like their bytes, which is the databases' order
        return families.values().stream()
                .filter(f -> after == null || f.id().toString().compareTo(after.toString()) > 0)
                .sorted(Comparator.comparing(f -> f.id().toString()))
                .limit(limit)
                .toList();
    }
}
