package fr.espacefamille.domain.nursery;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which absent days of a regular child are deducted from the bill (SPEC §3): illness with a
 * certificate beyond 3 calendar days of carence, hospitalisation from the first day, nursery
 * closure, congés declared at least 15 days ahead. Any other absent day is billed.
 */
public final class NurseryDeductionPolicy {

    /** Calendar days of an illness that stay billed (délai de carence), counted from its first day. */
    public static final int CARENCE_DAYS = 3;
    /** Congés are deducted when declared at least this many days before their first day. */
    public static final int CONGES_NOTICE_DAYS = 15;

    private NurseryDeductionPolicy() {
    }

    /** Why {@code day} of the reported {@code absence} is deducted, or empty when it is billed. */
    public static Optional<DeductionReason> deduction(NurseryAbsence absence, LocalDate day) {
        if (!absence.covers(day)) {
            return Optional.empty();
        }
        return switch (absence.reason()) {
            case HOSPITALISATION -> Optional.of(DeductionReason.HOSPITALISATION);
            case ILLNESS -> absence.certificateId().isPresent() && beyondCarence(absence.from(), day)
                    ? Optional.of(DeductionReason.ILLNESS) : Optional.empty();
            case CONGES -> congesDeclaredInTime(absence.reportedOn(), absence.from())
                    ? Optional.of(DeductionReason.CONGES) : Optional.empty();
            case FAMILY_EVENT, OTHER -> Optional.empty();
        };
    }

    /** A day of the contract's planned congés weeks: deducted when the contract was signed early enough. */
    public static Optional<DeductionReason> plannedConges(RegularContract contract, LocalDate day) {
        return contract.congesWeekOf(day)
                .filter(week -> congesDeclaredInTime(contract.declaredOn(), week.monday()))
                .map(week -> DeductionReason.CONGES);
    }

    /** Day 1 to 3 of an illness starting on {@code firstDay} are carence; day 4 on is not. */
    public static boolean beyondCarence(LocalDate firstDay, LocalDate day) {
        return !day.isBefore(firstDay.plusDays(CARENCE_DAYS));
    }

    public static boolean congesDeclaredInTime(LocalDate declaredOn, LocalDate firstDay) {
        return !declaredOn.isAfter(firstDay.minusDays(CONGES_NOTICE_DAYS));
    }
}
