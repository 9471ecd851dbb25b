package fr.espacefamille.application.commission;

import java.time.LocalDate;

import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.shared.Refusal;

/** The multi-accueil takes children from 10 weeks old until the day before their 4th birthday (§3). */
final class AgeLimits {

    private AgeLimits() {
    }

    static void check(LocalDate birth, LocalDate start) {
        if (start.isBefore(birth.plusWeeks(10))) {
            throw Refusals.refuse(Refusal.rule("AGE_OUT_OF_RANGE",
                    "Le multi-accueil accueille les enfants à partir de 10 semaines : choisissez une entrée à partir du "
                            + CommissionMails.day(birth.plusWeeks(10)) + "."));
        }
        if (!start.isBefore(birth.plusYears(4))) {
            throw Refusals.refuse(Refusal.rule("AGE_OUT_OF_RANGE",
                    "Le multi-accueil accueille les enfants jusqu'à la veille de leurs 4 ans."));
        }
    }

    /** The last day of a regular contract made from an offer: the day before the 4th birthday. */
    static LocalDate lastDay(LocalDate birth) {
        return birth.plusYears(4).minusDays(1);
    }
}
