package fr.espacefamille.application.billing;

import java.time.LocalDate;
import java.util.Optional;

import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/**
 * What a meal costs this family on a given day (SPEC §5: residence and quotient in force that day,
 * the tariff in force that day), booked and unbooked, so that the canteen month can say it. Empty
 * when no tariff is in force yet.
 */
public final class ReadMealPrice {

    /** The family's price of a booked meal and of a meal eaten without booking. */
    public record MealPrice(Money booked, Money unbooked) {
    }

    private final Tariffs tariffs;
    private final Families families;

    public ReadMealPrice(Tariffs tariffs, Families families) {
        this.tariffs = tariffs;
        this.families = families;
    }

    public Optional<MealPrice> of(Actor actor, FamilyId familyId, LocalDate day) {
        if (!actor.mayReach(familyId)) {
            throw Refusals.notFound();
        }
        Family family = families.byId(familyId).orElseThrow(Refusals::notFound);
        return tariffs.schedule().canteenOn(day).map(tariff -> new MealPrice(
                tariff.mealPrice(family.resident(), family.quotientOn(day)),
                tariff.unbookedMealPrice(family.resident(), family.quotientOn(day))));
    }
}
