package fr.espacefamille.adapter.http.nursery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.domain.family.Service;

/** Times and names as the nursery's French pages write them: « 8h30 », « lundi »; dates come from {@link French}. */
public final class NurseryLabels {

    private NurseryLabels() {
    }

    /** « lundi ». */
    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** « mardi 1 septembre 2026 à 8h05 », in the town's zone. */
    public static String at(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return French.date(local.toLocalDate()) + " à " + time(local.toLocalTime());
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
