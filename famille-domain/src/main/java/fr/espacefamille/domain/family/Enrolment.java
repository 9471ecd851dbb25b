package fr.espacefamille.domain.family;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child's enrolment in a service for a period, both ends included. A canteen enrolment covers a
 * school year (its label is kept); nursery enrolments cover the dates staff give.
 */
public record Enrolment(EnrolmentId id, ChildId child, ChildService service, LocalDate from, LocalDate to, String schoolYear) {

    public Enrolment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(from, "La date de début est obligatoire");
        Objects.requireNonNull(to, "La date de fin est obligatoire");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("L'inscription doit finir après avoir commencé");
        }
        if ((service == ChildService.CANTEEN) != (schoolYear != null)) {
            throw new IllegalArgumentException("Une inscription à la restauration scolaire, et elle seule, porte sur une année scolaire");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
