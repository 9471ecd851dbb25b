package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.application.canteen.Pupils;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.family.ChildService;

/** {@link Pupils} read from in-memory families and enrolments. */
public final class InMemoryPupils implements Pupils {

    private final Families families;
    private final Enrolments enrolments;

    public InMemoryPupils(Families families, Enrolments enrolments) {
        this.families = families;
        this.enrolments = enrolments;
    }

    @Override
    public Optional<Pupil> byId(ChildId id) {
        return families.byChild(id).map(f -> pupil(f, f.child(id).orElseThrow()));
    }

    @Override
    public List<Pupil> ofSchool(SchoolId school) {
        return families.search("", Integer.MAX_VALUE).stream()
                .flatMap(f -> f.children().stream().filter(c -> school.equals(c.schoolId())).map(c -> pupil(f, c)))
                .sorted(Comparator.comparing(Pupil::lastName).thenComparing(Pupil::firstName))
                .toList();
    }

    private Pupil pupil(Family family, Child child) {
        Set<SchoolYearLabel> years = enrolments.ofChild(child.id()).stream()
                .filter(e -> e.service() == ChildService.CANTEEN)
                .map(Enrolment::schoolYear)
                .map(SchoolYearLabel::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new Pupil(child.id(), family.id(), child.firstName(), child.lastName(), child.schoolId(), child.grade(), years);
    }
}
