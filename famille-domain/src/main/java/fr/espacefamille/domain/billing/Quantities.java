package fr.espacefamille.domain.billing;

import java.math.BigDecimal;

/** Quantities of invoice lines: whole meals, or hours counted by the half-hour. */
public final class Quantities {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Quantities() {
    }

    /** Hours from a number of half-hours: 15 half-hours are 7.5 hours. */
    public static BigDecimal hours(int halfHours) {
        return normalized(BigDecimal.valueOf(halfHours).divide(TWO));
    }

    /** The same number without trailing zeros nor exponent: 12, 7.5, 0.25. */
    public static BigDecimal normalized(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The quantity in hundredths, as stored. */
    public static long toHundredths(BigDecimal quantity) {
        return quantity.movePointRight(2).longValueExact();
    }

    public static BigDecimal fromHundredths(long hundredths) {
        return normalized(BigDecimal.valueOf(hundredths, 2));
    }
}
