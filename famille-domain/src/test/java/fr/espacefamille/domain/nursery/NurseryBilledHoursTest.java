package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;

class NurseryBilledHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final LocalDate ARMISTICE = LocalDate.of(2026, 11, 11);
    private static final NurserySettings SETTINGS = NurserySettings.of(20, List.of(LocalDate.of(2026, 9, 25)));

    private final ChildId child = ChildId.random();
    /** Monday and Wednesday 8:30–17:00 (17 half-hours), Tuesday 8:30–12:00 (7). */
    private final RegularContract contract = RegularContract.create(EnrolmentId.random(), child, LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 7, 31), new WeeklySchedule(Map.of(
                    DayOfWeek.MONDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 0)),
                    DayOfWeek.TUESDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    DayOfWeek.WEDNESDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 0)))),
            List.of(), LocalDate.of(2026, 8, 20));

    private NurseryAttendance attended(LocalDate date, String arrival, String departure) {
        return new NurseryAttendance(child, date, LocalTime.parse(arrival), departure == null ? null : LocalTime.parse(departure));
    }

    private NurseryBillableDay regular(LocalDate date, NurseryAttendance attendance) {
        return NurseryBilledHours.of(date, SETTINGS, Optional.of(contract), Optional.empty(), Optional.ofNullable(attendance), List.of());
    }

    private NurseryBillableDay occasional(LocalDate date, NurseryAttendance attendance, OccasionalBooking... bookings) {
        return NurseryBilledHours.of(date, SETTINGS, Optional.empty(), Optional.empty(), Optional.ofNullable(attendance), List.of(bookings));
    }

    private OccasionalBooking booking(LocalDate date, HalfDay period) {
        return OccasionalBooking.request(BookingId.random(), child, new Slot(date, period), 1, Instant.parse("2026-08-01T10:00:00Z"), true);
    }

    @Test
    void a_contract_day_bills_the_contract_hours_even_without_attendance() {
        NurseryBillableDay day = regular(MONDAY, null);
        assertThat(day.contractHalfHours()).isEqualTo(17);
        assertThat(day.extraHalfHours()).isZero();
        assertThat(day.billedHalfHours()).isEqualTo(17);
    }

    @Test
    void leaving_early_does_not_reduce_the_contract_hours() {
        assertThat(regular(MONDAY, attended(MONDAY, "09:00", "16:00")).billedHalfHours()).isEqualTo(17);
    }

    @Test
    void time_beyond_the_contract_hours_bills_every_started_half_hour() {
        assertThat(regular(MONDAY, attended(MONDAY, "08:20", "17:00")).extraHalfHours()).as("10 min early").isEqualTo(1);
        assertThat(regular(MONDAY, attended(MONDAY, "08:30", "17:30")).extraHalfHours()).as("30 min late").isEqualTo(1);
        assertThat(regular(MONDAY, attended(MONDAY, "08:30", "17:31")).extraHalfHours()).as("31 min late").isEqualTo(2);
        assertThat(regular(MONDAY, attended(MONDAY, "08:10", "17:20")).extraHalfHours()).as("20 + 20 min").isEqualTo(2);
        assertThat(regular(MONDAY, attended(MONDAY, "08:10", "17:20")).contractHalfHours()).isEqualTo(17);
    }

    @Test
    void a_contract_of_3_and_a_half_hours_is_7_half_hours_and_a_started_one_rounds_up() {
        assertThat(regular(MONDAY.plusDays(1), null).contractHalfHours()).isEqualTo(7);
        RegularContract oddHours = RegularContract.create(EnrolmentId.random(), child, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31),
                new WeeklySchedule(Map.of(DayOfWeek.MONDAY, new DailyHours(LocalTime.of(8, 45), LocalTime.of(12, 20)))), List.of(),
                LocalDate.of(2026, 8, 20));
        NurseryBillableDay day = NurseryBilledHours.of(MONDAY, SETTINGS, Optional.of(oddHours), Optional.empty(), Optional.empty(), List.of());
        assertThat(day.contractHalfHours()).as("3 h 35 min").isEqualTo(8);
    }

    @Test
    void attendance_on_an_unscheduled_weekday_is_all_extra() {
        LocalDate thursday = MONDAY.plusDays(3);
        NurseryBillableDay day = regular(thursday, attended(thursday, "09:00", "11:10"));
        assertThat(day.contractHalfHours()).isZero();
        assertThat(day.extraHalfHours()).isEqualTo(5);
    }

    @Test
    void a_closed_weekday_is_deducted_as_a_nursery_closure() {
        NurseryBillableDay armistice = regular(ARMISTICE, null);
        assertThat(armistice.contractHalfHours()).isZero();
        assertThat(armistice.deductedHalfHours()).isEqualTo(17);
        assertThat(armistice.deductionReason()).isEqualTo(DeductionReason.NURSERY_CLOSURE);
    }

    @Test
    void a_deducted_absence_removes_the_contract_hours_a_billed_one_keeps_them() {
        LocalDate from = MONDAY;
        NurseryAbsence flu = new NurseryAbsence(NurseryAbsenceId.random(), child, from, from.plusDays(9),
                NurseryAbsenceReason.ILLNESS, DocumentId.random(), from, List.of(from, from.plusDays(2), from.plusDays(7)));
        NurseryBillableDay dayOne = NurseryBilledHours.of(from, SETTINGS, Optional.of(contract), Optional.of(flu), Optional.empty(), List.of());
        NurseryBillableDay dayThree = NurseryBilledHours.of(from.plusDays(2), SETTINGS, Optional.of(contract), Optional.of(flu), Optional.empty(), List.of());
        NurseryBillableDay dayEight = NurseryBilledHours.of(from.plusDays(7), SETTINGS, Optional.of(contract), Optional.of(flu), Optional.empty(), List.of());
        assertThat(dayOne.contractHalfHours()).isEqualTo(17);
        assertThat(dayThree.contractHalfHours()).isEqualTo(17);
        assertThat(dayEight.contractHalfHours()).isZero();
        assertThat(dayEight.deductedHalfHours()).as("Monday 14, day 8").isEqualTo(17);
        assertThat(dayEight.deductionReason()).isEqualTo(DeductionReason.ILLNESS);
    }

    @Test
    void occasional_care_bills_the_greater_of_booked_and_attended() {
        LocalDate thursday = MONDAY.plusDays(3);
        OccasionalBooking morning = booking(thursday, HalfDay.MORNING);
        assertThat(occasional(thursday, null, morning).occasionalHalfHours()).as("no-show: as booked").isEqualTo(10);
        assertThat(occasional(thursday, attended(thursday, "07:45", "12:40"), morning).occasionalHalfHours()).as("4 h 55").isEqualTo(10);
        assertThat(occasional(thursday, attended(thursday, "07:30", "12:45"), morning).occasionalHalfHours()).as("5 h 15").isEqualTo(11);
        assertThat(occasional(thursday, attended(thursday, "07:30", "18:30"), morning, booking(thursday, HalfDay.AFTERNOON))
                .occasionalHalfHours()).as("both slots, 11 h").isEqualTo(22);
    }

    @Test
    void a_late_cancellation_bills_the_slot_a_free_one_nothing() {
        LocalDate thursday = MONDAY.plusDays(3);
        OccasionalBooking afternoon = booking(thursday, HalfDay.AFTERNOON);
        OccasionalBooking late = afternoon.cancel(new Slot(thursday, HalfDay.AFTERNOON).start(PARIS).minusSeconds(3600), PARIS);
        OccasionalBooking free = booking(thursday, HalfDay.MORNING).cancel(Instant.parse("2026-09-01T10:00:00Z"), PARIS);
        NurseryBillableDay day = occasional(thursday, null, late, free);
        assertThat(day.lateCancellationHalfHours()).isEqualTo(12);
        assertThat(day.occasionalHalfHours()).isZero();
    }

    @Test
    void an_attended_day_without_booking_bills_the_attended_time() {
        LocalDate thursday = MONDAY.plusDays(3);
        assertThat(occasional(thursday, attended(thursday, "09:00", "10:00")).occasionalHalfHours()).isEqualTo(2);
    }

    @Test
    void a_regular_child_s_occasional_slot_covers_the_time_outside_the_contract() {
        LocalDate tuesday = MONDAY.plusDays(1);
        NurseryBillableDay day = NurseryBilledHours.of(tuesday, SETTINGS, Optional.of(contract), Optional.empty(),
                Optional.of(attended(tuesday, "08:30", "17:00")), List.of(booking(tuesday, HalfDay.AFTERNOON)));
        assertThat(day.contractHalfHours()).isEqualTo(7);
        assertThat(day.occasionalHalfHours()).as("max(6 h booked, 5 h outside)").isEqualTo(12);
        assertThat(day.extraHalfHours()).isZero();
    }

    @Test
    void nothing_is_billed_for_occasional_care_on_a_closed_day() {
        LocalDate closure = LocalDate.of(2026, 9, 25);
        assertThat(occasional(closure, null, booking(closure, HalfDay.MORNING)).isEmpty()).isTrue();
    }

    @Test
    void a_missing_departure_counts_no_extra_time() {
        NurseryBillableDay day = regular(MONDAY, attended(MONDAY, "08:00", null));
        assertThat(day.contractHalfHours()).isEqualTo(17);
        assertThat(day.extraHalfHours()).isZero();
    }
}
