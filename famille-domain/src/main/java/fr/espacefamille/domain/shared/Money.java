package fr.espacefamille.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of euros held as a whole number of cents; never a floating-point number.
 *
 * <p>Rounding rule (SPEC "Time, money, identity"): a computation that produces fractions of a
 * cent is rounded half-up to the cent once, at the end of the computation, by
 * {@link #timesRate(BigDecimal)} or {@link #ofRounded(BigDecimal)}; every other operation is exact.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Rounds a euro amount given with any precision half-up to the cent. */
    public static Money ofEuros(BigDecimal euros) {
        return new Money(euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    /** Rounds an amount of cents given with any precision half-up to the cent. */
    public static Money ofRounded(BigDecimal cents) {
        return new Money(cents.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    /** This amount multiplied by an exact decimal rate, rounded half-up to the cent. */
    public Money timesRate(BigDecimal rate) {
        return ofRounded(BigDecimal.valueOf(cents).multiply(rate));
    }

    /** {@code percent} percent of this amount, rounded half-up to the cent. */
    public Money percent(BigDecimal percent) {
        return timesRate(percent.movePointLeft(2));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** French display: {@code 1 234,50 €}. */
    public String toFrench() {
        long abs = Math.abs(cents);
        String euros = String.format(java.util.Locale.ROOT, "%,d", abs / 100).replace(',', '\u202f');
        return (cents < 0 ? "-" : "") + euros + "," + String.format(java.util.Locale.ROOT, "%02d", abs % 100) + "\u00a0€";
    }

    @Override
    public String toString() {
        return toFrench();
    }
}
