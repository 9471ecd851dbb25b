package fr.espacefamille.domain.billing;

import java.util.Objects;

import fr.espacefamille.domain.family.ChildId;

/**
 * One child's month at the nursery, as the nursery reports it to billing, in half-hours (any
 * half-hour started is due): the regular contract's hours of the month's opening days, attended
 * time beyond them, occasional care (the greater of booked and attended), occasional slots
 * cancelled late or not attended (billed as booked), and the contract hours of deducted absences.
 */
public record NurseryMonth(ChildId child, int contractHalfHours, int extraHalfHours, int occasionalHalfHours,
        int lateCancellationHalfHours, int deductedHalfHours) {

    /** Every half-hour of a month: more cannot have happened. */
    static final int MAX_HALF_HOURS = 31 * 48;

    public NurseryMonth {
        Objects.requireNonNull(child, "child");
        for (int halfHours : new int[] {contractHalfHours, extraHalfHours, occasionalHalfHours, lateCancellationHalfHours, deductedHalfHours}) {
            if (halfHours < 0 || halfHours > MAX_HALF_HOURS) {
                throw new IllegalArgumentException("A month counts between 0 and " + MAX_HALF_HOURS + " half-hours: " + halfHours);
            }
        }
        if (deductedHalfHours > contractHalfHours) {
            throw new IllegalArgumentException("Deducted hours cannot exceed the contract's hours");
        }
    }

    public boolean isEmpty() {
        return contractHalfHours + extraHalfHours + occasionalHalfHours + lateCancellationHalfHours == 0;
    }
}
