package fr.espacefamille.adapter.http.canteen;

import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenDayStatus;

/** The French words the canteen pages use for statuses, reasons and refusal codes. */
public final class CanteenLabels {

    private CanteenLabels() {
    }

    public static String status(CanteenDayStatus status) {
        return switch (status) {
            case BOOKED -> "Repas réservé";
            case NOT_BOOKED -> "Pas de repas réservé";
            case ABSENT -> "Absence signalée";
            case NO_SERVICE -> "Pas de cantine";
        };
    }

    public static String reason(AbsenceReason reason) {
        return switch (reason) {
            case ILLNESS -> "Maladie";
            case HOSPITALISATION -> "Hospitalisation";
            case FAMILY_EVENT -> "Événement familial";
            case OTHER -> "Autre motif";
        };
    }

    public static String billing(AbsenceBilling billing) {
        return switch (billing) {
            case CARENCE_DAY -> "facturé (jour de carence)";
            case NOT_BILLED -> "non facturé";
            case BILLED -> "facturé";
        };
    }

    /** Why a day of a weekly pattern was skipped. */
    public static String skipped(String code) {
        return switch (code) {
            case "NOT_A_SERVICE_DAY" -> "pas de cantine ce jour-là";
            case "BOOKING_DEADLINE_PASSED" -> "délai de réservation passé";
            case "NOT_ENROLLED" -> "non inscrit pour cette année scolaire";
            default -> code;
        };
    }
}
