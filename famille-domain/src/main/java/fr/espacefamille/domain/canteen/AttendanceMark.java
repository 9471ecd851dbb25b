package fr.espacefamille.domain.canteen;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/** The attendance check (pointage) of one child at a school's canteen on one day: present or absent. */
public record AttendanceMark(ChildId child, LocalDate date, SchoolId school, boolean present) {

    public AttendanceMark {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(school, "school");
    }
}
