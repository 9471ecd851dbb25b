package fr.espacefamille.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import fr.espacefamille.domain.shared.Money;

/**
 * The nursery's CAF barème (PSU) from {@code validFrom} on: the monthly resources' floor
 * (plancher) and ceiling (plafond), and the effort rate of each bracket as a fraction
 * (0.000619 for 0.0619 %).
 */
public record NurseryTariff(LocalDate validFrom, Money floor, Money ceiling, Map<EffortBracket, BigDecimal> effortRates) {

    /** An effort rate is a small fraction; 1 % would make an hour cost a hundredth of a month's income. */
    static final BigDecimal MAX_RATE = new BigDecimal("0.01");

    public NurseryTariff {
        Objects.requireNonNull(validFrom, "La date de début de validité est obligatoire");
        Objects.requireNonNull(floor, "Le plancher est obligatoire");
        Objects.requireNonNull(ceiling, "Le plafond est obligatoire");
        if (!floor.isPositive() || ceiling.compareTo(floor) < 0) {
            throw new IllegalArgumentException("Le plancher doit être positif et le plafond au moins égal au plancher");
        }
        effortRates = Map.copyOf(new EnumMap<>(effortRates));
        for (EffortBracket bracket : EffortBracket.values()) {
            BigDecimal rate = effortRates.get(bracket);
            if (rate == null) {
                throw new IllegalArgumentException("Il manque le taux d'effort pour " + bracket.frenchLabel());
            }
            if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0) {
                throw new IllegalArgumentException("Le taux d'effort pour " + bracket.frenchLabel() + " doit être compris entre 0 et 0,01");
            }
        }
    }

    public BigDecimal effortRate(EffortBracket bracket) {
        return effortRates.get(bracket);
    }
}
