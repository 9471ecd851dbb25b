package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.family.ChildId;

/** One child's canteen day, as the canteen reports it to billing: what the day costs ({@link MealCharge}). */
public record CanteenDay(ChildId child, LocalDate date, MealCharge charge) {

    public CanteenDay {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(charge, "charge");
    }
}
