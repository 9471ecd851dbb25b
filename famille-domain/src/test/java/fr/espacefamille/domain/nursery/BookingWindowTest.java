package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BookingWindowTest {

    private final LocalDate today = LocalDate.of(2026, 9, 1);

    @Test
    void opens_tomorrow_and_closes_28_days_ahead_both_included() {
        assertThat(BookingWindow.contains(today, today)).as("today").isFalse();
        assertThat(BookingWindow.contains(today.plusDays(1), today)).as("tomorrow").isTrue();
        assertThat(BookingWindow.contains(today.plusDays(28), today)).as("today + 28").isTrue();
        assertThat(BookingWindow.contains(today.plusDays(29), today)).as("today + 29").isFalse();
        assertThat(BookingWindow.contains(today.minusDays(1), today)).as("yesterday").isFalse();
    }
}
