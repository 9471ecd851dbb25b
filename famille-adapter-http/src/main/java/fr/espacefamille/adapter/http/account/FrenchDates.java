package fr.espacefamille.adapter.http.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French readers write them, for the pages: « 14 mars 2018 ». */
public final class FrenchDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private FrenchDates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** An instant in Paris time: « 7 septembre 2026 à 08h00 ». */
    public static String moment(Instant instant) {
        return MOMENT.format(instant);
    }
}
