package fr.espacefamille.adapter.http.nursery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryBillableDay;
import fr.espacefamille.domain.shared.FrenchText;

/** Times and names as the nursery's French pages write them: « 8 h 30 », « lundi »; dates come from {@link French}. */
public final class NurseryLabels {

    private NurseryLabels() {
    }

    /** « lundi ». */
    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** « mardi 1er septembre 2026 à 8 h 05 », in the town's zone. */
    public static String at(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return French.date(local.toLocalDate()) + " à " + time(local.toLocalTime());
    }

    public static String service(ChildService service) {
        return switch (service) {
            case CANTEEN -> "Restauration scolaire";
            case NURSERY_OCCASIONAL -> "Accueil occasionnel";
            case NURSERY_REGULAR -> "Accueil régulier (contrat)";
        };
    }

    /** « 7 h 30 », « 18 h ». */
    public static String time(LocalTime time) {
        return time == null ? "" : FrenchText.time(time);
    }

    /** What the family reads once an absence is recorded: the days it applies to and the places simply cancelled. */
    static String absenceReported(ReportNurseryAbsence.Result result) {
        NurseryAbsence absence = result.absence();
        StringBuilder text = new StringBuilder("Absence enregistrée du " + French.date(absence.from()) + " au "
                + French.date(absence.to()));
        if (!absence.days().isEmpty()) {
            text.append(" : ").append(FrenchText.count(absence.days().size(), "jour d'accueil signalé", "jours d'accueil signalés"));
        }
        if (!result.cancelled().isEmpty()) {
            text.append(absence.days().isEmpty() ? " : " : " ; ").append(FrenchText.count(result.cancelled().size(),
                    "jour d'accueil occasionnel annulé sans frais", "jours d'accueil occasionnel annulés sans frais"));
        }
        return FrenchText.typeset(text.append('.').toString());
    }

    /** How a day of an absence is billed: « déduit de la facture (hospitalisation) », « facturé (3 h 30) », « rien de facturé ». */
    public static String billed(NurseryBillableDay day) {
        String billed = day.billedHalfHours() == 0 ? null : "facturé (" + duration(day.billedHalfHours()) + ")";
        if (day.deductedHalfHours() > 0) {
            return "déduit de la facture (" + day.deductionReason().french() + ")" + (billed == null ? "" : ", " + billed);
        }
        return billed == null ? "rien de facturé" : billed;
    }

    /** « 3 h 30 » for seven half-hours. */
    private static String duration(int halfHours) {
        return FrenchText.time(LocalTime.of(halfHours / 2, halfHours % 2 * 30));
    }
}
