package fr.espacefamille.domain.canteen;

import java.util.Optional;

/**
 * What a service day costs from what happened (SPEC §2): a child checked present eats a meal —
 * booked or not (then with the surcharge), whatever absence was reported; a booked child checked
 * absent is billed as booked unless an absence was reported, whose billing then applies; a booked
 * day without a check is billed as booked.
 */
public final class MealChargePolicy {

    private MealChargePolicy() {
    }

    /**
     * @param booked   a meal is booked that day
     * @param attendance what the attendance check says
     * @param absence  the billing of the reported absence covering the day, if any
     */
    public static MealCharge charge(boolean booked, Attendance attendance, Optional<AbsenceBilling> absence) {
        boolean checkedPresent = attendance == Attendance.PRESENT;
        if (!booked) {
            return checkedPresent ? MealCharge.UNBOOKED_MEAL : MealCharge.NOTHING;
        }
        if (checkedPresent) {
            return MealCharge.BOOKED_MEAL;
        }
        if (absence.isPresent()) {
            return switch (absence.get()) {
                case CARENCE_DAY -> MealCharge.CARENCE_DAY;
                case NOT_BILLED -> MealCharge.ABSENCE_NOT_BILLED;
                case BILLED -> MealCharge.ABSENCE_BILLED;
            };
        }
        return attendance == Attendance.ABSENT ? MealCharge.BOOKED_MEAL_MISSED : MealCharge.BOOKED_MEAL;
    }
}
