package fr.espacefamille.domain.commission;

import java.time.LocalDate;

/** The commission's age groups, from the child's age in whole months on the wished start date. */
public enum AgeGroup {
    /** Under 18 months. */
    BABY("Bébés (moins de 18 mois)"),
    /** 18 to 29 months. */
    MIDDLE("Moyens (18 à 29 mois)"),
    /** 30 months and over. */
    TODDLER("Grands (30 mois et plus)");

    private final String french;

    AgeGroup(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }

    /** The group of a child born (or expected) on {@code birth} who would start on {@code start}. */
    public static AgeGroup of(LocalDate birth, LocalDate start) {
        long months = monthsOld(birth, start);
        if (months < 18) {
            return BABY;
        }
        return months < 30 ? MIDDLE : TODDLER;
    }

    /** Whole months of age on {@code day}: a child born on 15 March is 2 months old from 15 May. */
    public static long monthsOld(LocalDate birth, LocalDate day) {
        return java.time.Period.between(birth, day).toTotalMonths();
    }
}
