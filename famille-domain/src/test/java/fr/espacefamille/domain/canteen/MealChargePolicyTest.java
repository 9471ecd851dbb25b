package fr.espacefamille.domain.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MealChargePolicyTest {

    private static MealCharge charge(boolean booked, Boolean present, AbsenceBilling absence) {
        return MealChargePolicy.charge(booked, Attendance.of(present), Optional.ofNullable(absence));
    }

    @Test
    void a_booked_meal_is_billed_whether_eaten_or_not_checked() {
        assertThat(charge(true, true, null)).isEqualTo(MealCharge.BOOKED_MEAL);
        assertThat(charge(true, null, null)).isEqualTo(MealCharge.BOOKED_MEAL);
    }

    @Test
    void a_booked_child_checked_absent_without_reported_absence_is_billed_as_booked() {
        MealCharge charge = charge(true, false, null);
        assertThat(charge).isEqualTo(MealCharge.BOOKED_MEAL_MISSED);
        assertThat(charge.billed()).isTrue();
        assertThat(charge.surcharged()).isFalse();
    }

    @Test
    void a_child_present_without_booking_pays_the_unbooked_meal_price() {
        MealCharge charge = charge(false, true, null);
        assertThat(charge).isEqualTo(MealCharge.UNBOOKED_MEAL);
        assertThat(charge.billed()).isTrue();
        assertThat(charge.surcharged()).isTrue();
    }

    @Test
    void nothing_booked_nothing_eaten_costs_nothing() {
        assertThat(charge(false, null, null)).isEqualTo(MealCharge.NOTHING);
        assertThat(charge(false, false, null)).isEqualTo(MealCharge.NOTHING);
        assertThat(MealCharge.NOTHING.billed()).isFalse();
    }

    @Test
    void a_reported_absence_decides_the_billing_of_a_booked_day_the_child_missed() {
        assertThat(charge(true, false, AbsenceBilling.CARENCE_DAY)).isEqualTo(MealCharge.CARENCE_DAY);
        assertThat(charge(true, null, AbsenceBilling.NOT_BILLED)).isEqualTo(MealCharge.ABSENCE_NOT_BILLED);
        assertThat(charge(true, null, AbsenceBilling.BILLED)).isEqualTo(MealCharge.ABSENCE_BILLED);
        assertThat(MealCharge.ABSENCE_NOT_BILLED.billed()).isFalse();
        assertThat(MealCharge.CARENCE_DAY.billed()).isTrue();
    }

    @Test
    void a_child_checked_present_eats_the_booked_meal_despite_a_reported_absence() {
        assertThat(charge(true, true, AbsenceBilling.NOT_BILLED)).isEqualTo(MealCharge.BOOKED_MEAL);
    }
}
