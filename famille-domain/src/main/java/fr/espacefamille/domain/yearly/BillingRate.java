package fr.espacefamille.domain.yearly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.LineKind;
import java.util.Optional;

/**
 * The CAF billing rate (taux de facturation) of the nursery over a period (SPEC §12): half-hours
 * billed ÷ half-hours attended. Unbilled (no invoice issued yet) or with nothing attended, the
 * rate is undefined, never 0 % nor infinite. Above 107 % the CAF asks why; above 120 % it is out
 * of bounds for the PSU.
 */
public record BillingRate(Long billedHalfHours, long attendedHalfHours) {

    public enum Flag { OK, ABOVE_107, ABOVE_120, UNDEFINED }

    public BillingRate {
        if ((billedHalfHours != null && billedHalfHours < 0) || attendedHalfHours < 0) {
            throw new IllegalArgumentException("Half-hours are never negative");
        }
    }

    /** Billed ÷ attended in percent, to the tenth, rounded half-up; empty when undefined. */
    public Optional<BigDecimal> percent() {
        if (undefined()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(billedHalfHours * 100L).divide(BigDecimal.valueOf(attendedHalfHours), 1,
                RoundingMode.HALF_UP));
    }

    /** Compared exactly, not on the rounded percent: 107.04 % is above 107 %. */
    public Flag flag() {
        if (undefined()) {
            return Flag.UNDEFINED;
        }
        long billed = billedHalfHours * 100L;
        if (billed > 120 * attendedHalfHours) {
            return Flag.ABOVE_120;
        }
        return billed > 107 * attendedHalfHours ? Flag.ABOVE_107 : Flag.OK;
    }

    public boolean undefined() {
        return billedHalfHours == null || attendedHalfHours == 0;
    }

    /** The half-hours an invoice's nursery lines bill: their hours doubled, deductions taken off. */
    public static long billedHalfHours(List<InvoiceLine> lines) {
        long halfHours = 0;
        for (InvoiceLine line : lines) {
            if (line.kind().countsHours()) {
                long count = line.quantity().multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).longValueExact();
                halfHours += line.kind() == LineKind.DEDUCTION ? -count : count;
            }
        }
        return halfHours;
    }

    /**
     * The rate of a year from its months' rates. Only billed months count, their attendance with
     * them: a month not billed yet would otherwise pull the year's rate down.
     */
    public static BillingRate ofYear(List<BillingRate> months) {
        List<BillingRate> billed = months.stream().filter(month -> month.billedHalfHours != null).toList();
        if (billed.isEmpty()) {
            return new BillingRate(null, 0);
        }
        return new BillingRate(billed.stream().mapToLong(BillingRate::billedHalfHours).sum(),
                billed.stream().mapToLong(BillingRate::attendedHalfHours).sum());
    }
}
