package fr.espacefamille.domain.nursery;

import java.time.LocalDate;

import fr.espacefamille.domain.shared.Refusal;

/**
 * The nursery takes children from 10 weeks old until the day before their 4th birthday, or their
 * 6th when the child is disabled, on the day of care. The family's « disabled child » declaration
 * stands for the child's, the only one the portal records.
 */
public final class NurseryAge {

    public static final Refusal AGE_OUT_OF_RANGE = Refusal.rule("AGE_OUT_OF_RANGE",
            "Le multi-accueil accueille les enfants de 10 semaines jusqu'à la veille de leurs 4 ans "
            + "(6 ans pour un enfant en situation de handicap).");

    private NurseryAge() {
    }

    public static boolean admits(LocalDate birthDate, LocalDate day, boolean disabled) {
        return admitsSomeDayBetween(birthDate, day, day, disabled);
    }

    /**
     * Whether the child is of age on at least one day of a registration or contract period: a baby
     * is registered before 10 weeks for later, and a period may run past the last day of care.
     */
    public static boolean admitsSomeDayBetween(LocalDate birthDate, LocalDate from, LocalDate to, boolean disabled) {
        LocalDate firstDay = birthDate.plusWeeks(10);
        LocalDate lastDay = birthDate.plusYears(disabled ? 6 : 4).minusDays(1);
        return !to.isBefore(firstDay) && !from.isAfter(lastDay);
    }
}
