package fr.espacefamille.domain.billing;

import java.math.BigDecimal;
import java.math.MathContext;

import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/**
 * The nursery's hourly rate by the CAF barème PSU: monthly resources × effort rate, rounded
 * half-up to the cent once. Monthly resources are the declared annual resources ÷ 12, raised to
 * the floor and capped at the ceiling; a family that declared none pays at the ceiling. The effort
 * rate is its dependent children's bracket, or the next one when a child is disabled.
 */
public final class PsuHourlyRate {

    private PsuHourlyRate() {
    }

    public static Money of(NurseryTariff tariff, Resources resources) {
        BigDecimal monthlyCents = monthlyResourcesCents(tariff, resources);
        return Money.ofRounded(monthlyCents.multiply(tariff.effortRate(bracketOf(resources))));
    }

    /** Exact: the division by 12 is kept with every digit a cent amount needs before the single rounding. */
    static BigDecimal monthlyResourcesCents(NurseryTariff tariff, Resources resources) {
        if (!resources.declared()) {
            return BigDecimal.valueOf(tariff.ceiling().cents());
        }
        BigDecimal monthly = BigDecimal.valueOf(resources.annualResources().cents()).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        BigDecimal floor = BigDecimal.valueOf(tariff.floor().cents());
        BigDecimal ceiling = BigDecimal.valueOf(tariff.ceiling().cents());
        return monthly.max(floor).min(ceiling);
    }

    public static EffortBracket bracketOf(Resources resources) {
        EffortBracket bracket = EffortBracket.forDependentChildren(resources.dependentChildren());
        return resources.disabledChild() ? bracket.next() : bracket;
    }
}
