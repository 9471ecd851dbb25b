package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.family.Schools;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/** In-memory {@link Schools}. */
public final class InMemorySchools implements Schools {

    private final Map<SchoolId, School> schools;

    public InMemorySchools(InMemoryTransactions transactions) {
        this.schools = new InMemoryMap<SchoolId, School>(transactions).map();
    }

    @Override
    public void add(School school) {
        schools.put(school.id(), school);
    }

    @Override
    public Optional<School> byId(SchoolId id) {
        return Optional.ofNullable(schools.get(id));
    }

    @Override
    public List<School> all() {
        return schools.values().stream().sorted(Comparator.comparing(School::name)).toList();
    }
}
