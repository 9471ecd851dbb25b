package fr.espacefamille.adapter.http.nursery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import fr.espacefamille.domain.family.Service;

/** Dates, times and names as French pages write them: « jeudi 10 septembre 2026 », « 8h30 ». */
public final class French {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private French() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** « lundi ». */
    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** « mardi 1 septembre 2026 à 8h05 », in the town's zone. */
    public static String at(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return day(local.toLocalDate()) + " à " + time(local.toLocalTime());
    }

    public static String service(Service service) {
        return switch (service) {
            case CANTEEN -> "Restauration scolaire";
            case NURSERY_OCCASIONAL -> "Accueil occasionnel";
            case NURSERY_REGULAR -> "Accueil régulier (contrat)";
        };
    }

    public static String time(LocalTime time) {
        return time == null ? "" : time.getHour() + "h" + String.format(Locale.ROOT, "%02d", time.getMinute());
    }
}
