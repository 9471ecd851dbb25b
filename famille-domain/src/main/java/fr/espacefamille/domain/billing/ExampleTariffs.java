package fr.espacefamille.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.shared.Money;

/**
 * The tariffs SPEC gives for the demo town, from a chosen date: canteen meals at 1,00 € up to QF
 * 500, 2,50 € up to 800, 3,40 € up to 1 200, 4,20 € above or unknown, 5,00 € for non-residents,
 * + 1,50 € without booking; the 2026 CAF barème PSU (floor 801,00 €, ceiling 7 000,00 €). The demo
 * town and the tests start from them.
 */
public final class ExampleTariffs {

    private ExampleTariffs() {
    }

    public static CanteenTariff canteen(LocalDate validFrom) {
        return new CanteenTariff(validFrom,
                List.of(new QuotientBracket(500, Money.ofCents(100)), new QuotientBracket(800, Money.ofCents(250)),
                        new QuotientBracket(1200, Money.ofCents(340))),
                Money.ofCents(420), Money.ofCents(500), Money.ofCents(150));
    }

    public static NurseryTariff nursery(LocalDate validFrom) {
        return new NurseryTariff(validFrom, Money.ofCents(801_00), Money.ofCents(7_000_00), Map.of(
                EffortBracket.ONE, new BigDecimal("0.000619"),
                EffortBracket.TWO, new BigDecimal("0.000516"),
                EffortBracket.THREE, new BigDecimal("0.000413"),
                EffortBracket.FOUR_TO_SEVEN, new BigDecimal("0.000310"),
                EffortBracket.EIGHT_OR_MORE, new BigDecimal("0.000206")));
    }
}
