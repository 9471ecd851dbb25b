package fr.espacefamille.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.shared.Text;

/** School holidays (vacances scolaires), both ends included. */
public record HolidayPeriod(LocalDate from, LocalDate to, String label) {

    public HolidayPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Les vacances « " + label + " » finissent avant de commencer");
        }
        label = Text.required(label, "Le nom des vacances", 100);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
