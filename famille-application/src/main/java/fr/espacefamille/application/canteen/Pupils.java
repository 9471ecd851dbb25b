package fr.espacefamille.application.canteen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Out-port: children as the canteen sees them — family, school, and the school years they are
 * enrolled in the canteen for — read in one go, so that a booking does not load whole families.
 */
public interface Pupils {

    record Pupil(ChildId id, FamilyId family, String firstName, String lastName, SchoolId school, Grade grade,
            Set<SchoolYearLabel> canteenYears) {

        public Pupil {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(family, "family");
            canteenYears = Set.copyOf(canteenYears);
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    Optional<Pupil> byId(ChildId id);

    /** The children of a school, by last then first name. */
    List<Pupil> ofSchool(SchoolId school);
}
