package fr.espacefamille.domain.nursery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week of planned absence (congés) of a regular contract, held as its Monday. Staff may write
 * it as that Monday ({@code 2026-10-19}) or as an ISO week ({@code 2026-W43}).
 */
public record CongesWeek(LocalDate monday) implements Comparable<CongesWeek> {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public CongesWeek {
        Objects.requireNonNull(monday, "La semaine est obligatoire");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Une semaine de congés se désigne par son lundi : le " + monday + " n'en est pas un");
        }
    }

    /** Reads {@code 2026-10-19} (a Monday) or {@code 2026-W43}; anything else is refused with a French message. */
    public static CongesWeek parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("La semaine est obligatoire");
        }
        Matcher week = ISO_WEEK.matcher(text.strip());
        if (week.matches()) {
            int year = Integer.parseInt(week.group(1));
            int number = Integer.parseInt(week.group(2));
            LocalDate inYear = LocalDate.of(year, 1, 4);
            if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inYear).isValidValue(number)) {
                throw new IllegalArgumentException("L'année " + year + " n'a pas de semaine " + number);
            }
            return new CongesWeek(inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY));
        }
        try {
            return new CongesWeek(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Semaine attendue sous la forme 2026-10-19 (un lundi) ou 2026-W43");
        }
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
