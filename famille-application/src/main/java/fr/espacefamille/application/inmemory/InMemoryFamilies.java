package fr.espacefamille.application.inmemory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import fr.espacefamille.application.family.Families;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
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
    public Map<ChildId, FamilyId> familiesOf(Collection<ChildId> children) {
        Map<ChildId, FamilyId> found = new HashMap<>();
        children.forEach(child -> byChild(child).ifPresent(family -> found.put(child, family.id())));
        return found;
    }

    @Override
    public Optional<Family> byGuardian(GuardianId id) {
        return families.values().stream().filter(f -> f.guardian(id).isPresent()).findFirst();
    }

    @Override
    public List<Family> search(String query, int limit) {
        String[] words = fold(query).split("\\s+");
        return families.values().stream()
                .filter(f -> {
                    String text = fold(searchText(f));
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

    /** The text a family is found by: its name, guardians' names and emails, children's names. */
    public static String searchText(Family family) {
        return Stream.concat(Stream.of(family.name()), Stream.concat(
                family.guardians().stream().flatMap(g -> Stream.of(g.firstName(), g.lastName(), g.email())),
                family.children().stream().flatMap(c -> Stream.of(c.firstName(), c.lastName()))))
                .filter(s -> s != null)
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** Lower case without accents, so that « Hélène » is found by « helene ». */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
