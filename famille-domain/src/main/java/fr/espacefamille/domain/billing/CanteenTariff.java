package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import fr.espacefamille.domain.shared.Money;

/**
 * The canteen's price per meal from {@code validFrom} on: a price per quotient bracket, a default
 * price above the last bracket or when the quotient is unknown, a price for non-residents whatever
 * their quotient, and a surcharge added to the family's price for a meal eaten without booking.
 */
public record CanteenTariff(LocalDate validFrom, List<QuotientBracket> brackets, Money defaultPrice,
        Money nonResidentPrice, Money unbookedSurcharge) {

    /** No meal costs more than this: a guard against a price typed in euros where cents are expected. */
    static final Money MAX_PRICE = Money.ofCents(100_00);

    public CanteenTariff {
        Objects.requireNonNull(validFrom, "La date de début de validité est obligatoire");
        brackets = brackets.stream().sorted(Comparator.comparingInt(QuotientBracket::maxQuotient)).toList();
        if (brackets.stream().mapToInt(QuotientBracket::maxQuotient).distinct().count() != brackets.size()) {
            throw new IllegalArgumentException("Deux tranches ne peuvent avoir le même plafond de quotient");
        }
        requirePrice(defaultPrice, "Le prix par défaut");
        requirePrice(nonResidentPrice, "Le prix hors commune");
        requirePrice(unbookedSurcharge, "La majoration du repas non réservé");
    }

    static void requirePrice(Money price, String name) {
        Objects.requireNonNull(price, name + " est obligatoire");
        if (price.isNegative() || price.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException(name + " doit être compris entre 0 et " + MAX_PRICE.toFrench());
        }
    }

    /** The family's price of a booked meal: non-residents pay their price, residents their bracket's. */
    public Money mealPrice(boolean resident, OptionalInt quotient) {
        if (!resident) {
            return nonResidentPrice;
        }
        if (quotient.isEmpty()) {
            return defaultPrice;
        }
        return brackets.stream()
                .filter(b -> quotient.getAsInt() <= b.maxQuotient())
                .map(QuotientBracket::price)
                .findFirst()
                .orElse(defaultPrice);
    }

    /** A meal eaten without booking: the family's price plus the surcharge. */
    public Money unbookedMealPrice(boolean resident, OptionalInt quotient) {
        return mealPrice(resident, quotient).plus(unbookedSurcharge);
    }
}
