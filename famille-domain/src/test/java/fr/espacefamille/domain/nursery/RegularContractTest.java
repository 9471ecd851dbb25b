package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;

class RegularContractTest {

    static DailyHours hours(String arrival, String departure) {
        return new DailyHours(LocalTime.parse(arrival), LocalTime.parse(departure));
    }

    static RegularContract contract(Map<DayOfWeek, DailyHours> days, List<CongesWeek> conges) {
        return RegularContract.create(EnrolmentId.random(), ChildId.random(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 31), new WeeklySchedule(days), conges, LocalDate.of(2026, 8, 20));
    }

    @Test
    void takes_a_place_in_every_slot_its_hours_overlap() {
        assertThat(hours("08:30", "17:00").periods()).containsExactly(HalfDay.MORNING, HalfDay.AFTERNOON);
        assertThat(hours("08:30", "12:30").periods()).containsExactly(HalfDay.MORNING);
        assertThat(hours("12:30", "18:30").periods()).containsExactly(HalfDay.AFTERNOON);
        assertThat(hours("12:00", "13:00").periods()).containsExactly(HalfDay.MORNING, HalfDay.AFTERNOON);
        assertThat(hours("07:30", "12:31").periods()).containsExactly(HalfDay.MORNING, HalfDay.AFTERNOON);
    }

    @Test
    void hours_stay_inside_the_opening_hours_and_in_order() {
        assertThatThrownBy(() -> hours("07:29", "12:00")).hasMessageContaining("7\u00a0h\u00a030");
        assertThatThrownBy(() -> hours("08:00", "18:31")).hasMessageContaining("18\u00a0h\u00a030");
        assertThatThrownBy(() -> hours("10:00", "10:00")).hasMessageContaining("départ");
    }

    @Test
    void the_schedule_has_weekdays_only_and_at_least_one() {
        assertThatThrownBy(() -> new WeeklySchedule(Map.of(DayOfWeek.SATURDAY, hours("08:00", "12:00"))))
                .hasMessageContaining("samedi");
        assertThatThrownBy(() -> new WeeklySchedule(Map.of())).hasMessageContaining("au moins un jour");
    }

    @Test
    void occupies_the_scheduled_slots_of_its_period_outside_congés() {
        RegularContract c = contract(Map.of(DayOfWeek.MONDAY, hours("08:30", "17:00"), DayOfWeek.TUESDAY, hours("08:30", "12:00")),
                List.of(CongesWeek.parse("2026-W43")));
        assertThat(c.occupies(new Slot(LocalDate.of(2026, 9, 7), HalfDay.AFTERNOON))).as("Monday afternoon").isTrue();
        assertThat(c.occupies(new Slot(LocalDate.of(2026, 9, 8), HalfDay.AFTERNOON))).as("Tuesday afternoon").isFalse();
        assertThat(c.occupies(new Slot(LocalDate.of(2026, 9, 9), HalfDay.MORNING))).as("Wednesday").isFalse();
        assertThat(c.occupies(new Slot(LocalDate.of(2026, 10, 19), HalfDay.MORNING))).as("congés week").isFalse();
        assertThat(c.scheduledOn(LocalDate.of(2026, 10, 19))).as("still scheduled, for the deduction").isPresent();
        assertThat(c.occupies(new Slot(LocalDate.of(2026, 8, 31), HalfDay.MORNING))).as("before the period").isFalse();
    }

    @Test
    void congés_weeks_lie_in_the_period() {
        assertThatThrownBy(() -> contract(Map.of(DayOfWeek.MONDAY, hours("08:30", "17:00")), List.of(CongesWeek.parse("2027-W40"))))
                .hasMessageContaining("hors de la période");
    }

    @Test
    void ending_early_shortens_the_period_and_drops_later_congés() {
        RegularContract c = contract(Map.of(DayOfWeek.MONDAY, hours("08:30", "17:00")),
                List.of(CongesWeek.parse("2026-W43"), CongesWeek.parse("2027-W02")));
        RegularContract ended = c.endingOn(LocalDate.of(2026, 12, 18));
        assertThat(ended.to()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(ended.id()).isEqualTo(c.id());
        assertThat(ended.congesWeeks()).containsExactly(CongesWeek.parse("2026-W43"));
        assertThatThrownBy(() -> c.endingOn(LocalDate.of(2027, 8, 1))).hasMessageContaining("dernier jour");
        assertThatThrownBy(() -> c.endingOn(LocalDate.of(2026, 8, 31))).hasMessageContaining("dernier jour");
    }
}
