package fr.espacefamille.domain.nursery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

import fr.espacefamille.domain.calendar.IsoWeek;
import fr.espacefamille.domain.shared.FrenchText;

/**
 * A week of planned absence (congés) of a regular contract, held as its Monday. Staff may write
 * it as that Monday ({@code 2026-10-19}) or as an ISO week ({@code 2026-W43}).
 */
public record CongesWeek(LocalDate monday) implements Comparable<CongesWeek> {

    public CongesWeek {
        Objects.requireNonNull(monday, "La semaine est obligatoire");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Une semaine de congés se désigne par son lundi : le " + FrenchText.date(monday) + " n'en est pas un");
        }
    }

    /** The week, Monday to Sunday, that holds {@code day}. */
    public static CongesWeek containing(LocalDate day) {
        return new CongesWeek(day.with(DayOfWeek.MONDAY));
    }

    /** Reads {@code 2026-10-19} (a Monday) or {@code 2026-W43}; anything else is refused with a French message. */
    public static CongesWeek parse(String text) {
        return new CongesWeek(IsoWeek.monday(text));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(monday) && date.isBefore(monday.plusWeeks(1));
    }

    /** The ISO form, {@code 2026-W43}. */
    public String isoWeek() {
        return String.format(java.util.Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public int compareTo(CongesWeek other) {
        return monday.compareTo(other.monday);
    }
}
