package fr.espacefamille.domain.family;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.shared.Text;

/** A child of a family; school and grade are known for school-age children only. */
public record Child(ChildId id, String firstName, String lastName, LocalDate birthDate, SchoolId schoolId, Grade grade) {

    public Child {
        Objects.requireNonNull(id, "id");
        firstName = Text.required(firstName, "Le prénom de l'enfant", 100);
        lastName = Text.required(lastName, "Le nom de l'enfant", 100);
        Objects.requireNonNull(birthDate, "La date de naissance est obligatoire");
        if (birthDate.getYear() < 1990) {
            throw new IllegalArgumentException("La date de naissance n'est pas plausible");
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Optional<SchoolId> school() {
        return Optional.ofNullable(schoolId);
    }

    public Optional<Grade> schoolGrade() {
        return Optional.ofNullable(grade);
    }
}
