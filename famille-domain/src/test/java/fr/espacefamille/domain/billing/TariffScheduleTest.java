package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TariffScheduleTest {

    private final CanteenTariff september = DemoTariffs.canteen(LocalDate.of(2026, 9, 1));
    private final CanteenTariff january = DemoTariffs.canteen(LocalDate.of(2027, 1, 1));
    private final TariffSchedule schedule = new TariffSchedule(List.of(january, september), List.of());

    @Test
    void a_tariff_is_in_force_from_its_first_day_until_the_next_one_starts() {
        assertThat(schedule.canteenOn(LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(schedule.canteenOn(LocalDate.of(2026, 9, 1))).contains(september);
        assertThat(schedule.canteenOn(LocalDate.of(2026, 12, 31))).contains(september);
        assertThat(schedule.canteenOn(LocalDate.of(2027, 1, 1))).contains(january);
        assertThat(schedule.nurseryOn(LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void people_are_shown_the_tariff_in_force_and_those_to_come() {
        assertThat(schedule.canteenFrom(LocalDate.of(2026, 10, 1))).containsExactly(september, january);
        assertThat(schedule.canteenFrom(LocalDate.of(2027, 2, 1))).containsExactly(january);
        assertThat(schedule.canteenFrom(LocalDate.of(2026, 1, 1))).containsExactly(september, january);
    }

    @Test
    void two_tariffs_of_a_service_cannot_start_the_same_day() {
        assertThatThrownBy(() -> new TariffSchedule(List.of(september, september), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_regie_has_a_tariff_when_its_service_s_tariff_is_in_force() {
        assertThat(schedule.hasTariff(Regie.SCHOOL, LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(schedule.hasTariff(Regie.SCHOOL, LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(schedule.hasTariff(Regie.EARLY_CHILDHOOD, LocalDate.of(2026, 9, 1))).isFalse();
    }
}
