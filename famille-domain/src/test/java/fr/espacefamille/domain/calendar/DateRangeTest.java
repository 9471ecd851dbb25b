package fr.espacefamille.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void counts_both_ends_and_allows_at_most_93_days() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        assertThat(new DateRange(start, start).length()).isEqualTo(1);
        assertThat(new DateRange(start, start.plusDays(92)).isAtMostMaxDays()).isTrue();
        assertThat(new DateRange(start, start.plusDays(93)).isAtMostMaxDays()).isFalse();
        assertThat(new DateRange(start, start.plusDays(2)).days()).containsExactly(start, start.plusDays(1), start.plusDays(2));
    }

    @Test
    void refuses_an_end_before_the_start() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
