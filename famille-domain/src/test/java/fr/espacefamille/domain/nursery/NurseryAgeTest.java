package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NurseryAgeTest {

    private static final LocalDate BORN = LocalDate.of(2024, 3, 1);

    @Test
    void takes_children_from_ten_weeks_old() {
        assertThat(NurseryAge.admits(BORN, BORN.plusWeeks(10).minusDays(1), false)).isFalse();
        assertThat(NurseryAge.admits(BORN, BORN.plusWeeks(10), false)).isTrue();
    }

    @Test
    void until_the_day_before_the_fourth_birthday() {
        assertThat(NurseryAge.admits(BORN, LocalDate.of(2028, 2, 29), false)).isTrue();
        assertThat(NurseryAge.admits(BORN, LocalDate.of(2028, 3, 1), false)).isFalse();
    }

    @Test
    void until_the_day_before_the_sixth_birthday_for_a_disabled_child() {
        assertThat(NurseryAge.admits(BORN, LocalDate.of(2030, 2, 28), true)).isTrue();
        assertThat(NurseryAge.admits(BORN, LocalDate.of(2030, 3, 1), true)).isFalse();
    }

    @Test
    void a_period_is_admitted_when_one_of_its_days_is() {
        assertThat(NurseryAge.admitsSomeDayBetween(BORN, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 31), false)).isTrue();
        assertThat(NurseryAge.admitsSomeDayBetween(BORN, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 9), false))
                .as("still under 10 weeks on the last day").isFalse();
        assertThat(NurseryAge.admitsSomeDayBetween(BORN, LocalDate.of(2034, 9, 1), LocalDate.of(2035, 7, 31), false))
                .as("a ten-year-old").isFalse();
    }
}
