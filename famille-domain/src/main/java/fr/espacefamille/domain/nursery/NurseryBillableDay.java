package fr.espacefamille.domain.nursery;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one child's day at the nursery bills, in half-hours, by kind: contract hours (after
 * deduction), attended time beyond the contract, occasional care, late-cancelled occasional care,
 * and the contract hours deducted with the reason.
 */
public record NurseryBillableDay(LocalDate date, int contractHalfHours, int extraHalfHours, int occasionalHalfHours,
        int lateCancellationHalfHours, int deductedHalfHours, DeductionReason deductionReason) {

    public NurseryBillableDay {
        Objects.requireNonNull(date, "date");
        if (contractHalfHours < 0 || extraHalfHours < 0 || occasionalHalfHours < 0 || lateCancellationHalfHours < 0
                || deductedHalfHours < 0) {
            throw new IllegalArgumentException("Half-hours cannot be negative");
        }
        if ((deductedHalfHours > 0) != (deductionReason != null)) {
            throw new IllegalArgumentException("Deducted hours come with their reason, and only they do");
        }
    }

    /** Half-hours to bill at the hourly rate, every kind together. */
    public int billedHalfHours() {
        return contractHalfHours + extraHalfHours + occasionalHalfHours + lateCancellationHalfHours;
    }

    public boolean isEmpty() {
        return billedHalfHours() == 0 && deductedHalfHours == 0;
    }
}
