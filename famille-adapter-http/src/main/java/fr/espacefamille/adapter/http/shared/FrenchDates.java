package fr.espacefamille.adapter.http.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as French pages write them: « mardi 8 septembre », « septembre 2026 », « lundi 7 septembre à 10 h ». */
public final class FrenchDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    private FrenchDates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String full(LocalDate date) {
        return FULL.format(date);
    }

    public static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH) + " " + month.getYear();
    }

    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH);
    }

    /** « vendredi 4 septembre à 10 h » (minutes shown only when not on the hour). */
    public static String deadline(ZonedDateTime at) {
        String time = at.getMinute() == 0 ? at.getHour() + " h" : at.getHour() + " h " + String.format(Locale.ROOT, "%02d", at.getMinute());
        return DAY.format(at) + " à " + time;
    }
}
