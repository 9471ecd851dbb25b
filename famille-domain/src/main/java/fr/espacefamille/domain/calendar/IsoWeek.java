package fr.espacefamille.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.espacefamille.domain.shared.FrenchText;

/** A week written as an ISO week ({@code 2026-W37}) or as its Monday ({@code 2026-09-07}). */
public final class IsoWeek {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private IsoWeek() {
    }

    /** The week's Monday; anything else than the two forms is refused with a French message. */
    public static LocalDate monday(String text) {
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
            return inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        }
        LocalDate monday;
        try {
            monday = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Semaine attendue sous la forme 2026-10-19 (un lundi) ou 2026-W43");
        }
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("Une semaine se désigne par son lundi\u00a0: le " + FrenchText.date(monday) + " n'en est pas un");
        }
        return monday;
    }
}
