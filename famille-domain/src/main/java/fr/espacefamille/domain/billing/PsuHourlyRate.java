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

    /**
     * How the rate was found, in French, for the invoice lines: « ressources 3 000,00 €/mois × taux
     * d'effort 0,0619 % (1 enfant à charge) », saying when the floor or the ceiling replaced the
     * family's resources and when a disabled child moved the family up a bracket. At most 140 characters,
     * so that it follows any line's label.
     */
    public static String explained(NurseryTariff tariff, Resources resources) {
        String monthly;
        if (!resources.declared()) {
            monthly = "ressources non déclarées\u00a0: plafond " + tariff.ceiling().toFrench();
        } else {
            Money declared = Money.ofRounded(BigDecimal.valueOf(resources.annualResources().cents())
                    .divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
            monthly = "ressources " + declared.toFrench() + "/mois";
            if (declared.compareTo(tariff.floor()) < 0) {
                monthly += ", plancher " + tariff.floor().toFrench() + " appliqué";
            } else if (declared.compareTo(tariff.ceiling()) > 0) {
                monthly += ", plafond " + tariff.ceiling().toFrench() + " appliqué";
            }
        }
        String percent = tariff.effortRate(bracketOf(resources)).movePointRight(2).stripTrailingZeros().toPlainString()
                .replace('.', ',');
        int children = resources.dependentChildren();
        String household = children + (children == 1 ? " enfant à charge" : " enfants à charge")
                + (resources.disabledChild() ? " + 1 pour handicap" : "");
        return monthly + " × taux d'effort " + percent + "\u00a0% (" + household + ")";
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
