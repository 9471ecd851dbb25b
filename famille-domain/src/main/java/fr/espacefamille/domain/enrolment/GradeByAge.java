package fr.espacefamille.domain.enrolment;

import java.time.LocalDate;
import java.util.Optional;

import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.Grade;

/** §8: the grade of a child from its age, age = school year's start year − birth year; 3 → PS … 10 → CM2. */
public final class GradeByAge {

    private static final int YOUNGEST = 3;

    private GradeByAge() {
    }

    /** Empty for any age outside 3–10 ({@code AGE_OUT_OF_RANGE}). */
    public static Optional<Grade> of(SchoolYearLabel year, LocalDate birthDate) {
        int age = year.firstYear() - birthDate.getYear();
        Grade[] grades = Grade.values();
        return age < YOUNGEST || age >= YOUNGEST + grades.length ? Optional.empty() : Optional.of(grades[age - YOUNGEST]);
    }

    /** A parent may ask one grade above or below the grade of the age, never further. */
    public static boolean mayAsk(Grade ofAge, Grade asked) {
        return Math.abs(ofAge.ordinal() - asked.ordinal()) <= 1;
    }
}
