package fr.espacefamille.domain.billing;

import java.util.Objects;

import fr.espacefamille.domain.shared.Money;

/** A canteen price for families whose quotient is at most {@code maxQuotient}. */
public record QuotientBracket(int maxQuotient, Money price) {

    public QuotientBracket {
        Objects.requireNonNull(price, "price");
        if (maxQuotient < 0 || maxQuotient > 100_000) {
            throw new IllegalArgumentException("Le plafond de quotient d'une tranche doit être compris entre 0 et 100000");
        }
        CanteenTariff.requirePrice(price, "Le prix d'une tranche");
    }
}
