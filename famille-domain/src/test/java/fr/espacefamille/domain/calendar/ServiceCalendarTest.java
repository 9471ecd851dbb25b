package fr.espacefamille.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ServiceCalendarTest {

    static SchoolYear year(int first, LocalDate start, LocalDate end) {
        return new SchoolYear(new SchoolYearLabel(first), start, end, null, List.of(), new TreeSet<>());
    }

    private final SchoolYear y2026 = year(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3));
    private final SchoolYear y2027 = year(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 4));

    @Test
    void answers_for_days_of_every_school_year() {
        ServiceCalendar calendar = new ServiceCalendar(List.of(y2027, y2026));
        assertThat(calendar.years()).containsExactly(y2026, y2027);
        assertThat(calendar.isServiceDay(LocalDate.of(2026, 9, 7))).isTrue();
        assertThat(calendar.isServiceDay(LocalDate.of(2027, 9, 6))).isTrue();
        assertThat(calendar.isServiceDay(LocalDate.of(2027, 8, 2))).as("summer between the years").isFalse();
        assertThat(calendar.yearOf(LocalDate.of(2027, 9, 6))).contains(y2027);
        assertThat(calendar.yearOf(LocalDate.of(2027, 8, 2))).isEmpty();
        assertThat(calendar.year(new SchoolYearLabel(2026))).contains(y2026);
    }

    @Test
    void an_empty_calendar_has_no_service() {
        assertThat(ServiceCalendar.empty().isServiceDay(LocalDate.of(2026, 9, 7))).isFalse();
    }

    @Test
    void replaces_a_year_of_the_same_label() {
        SchoolYear later = year(2026, LocalDate.of(2026, 9, 3), LocalDate.of(2027, 7, 3));
        ServiceCalendar calendar = new ServiceCalendar(List.of(y2026, y2027)).with(later);
        assertThat(calendar.years()).containsExactly(later, y2027);
        assertThat(calendar.isServiceDay(LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void refuses_overlapping_years() {
        SchoolYear longSummer = year(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 2));
        assertThatThrownBy(() -> new ServiceCalendar(List.of(longSummer, y2027)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chevauchent");
    }

    @Test
    void answers_exactly_like_its_school_years_for_every_day_around_them() {
        SchoolYear withBreaks = new SchoolYear(new SchoolYearLabel(2026), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3),
                null, List.of(new HolidayPeriod(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 2), "Toussaint")),
                new TreeSet<>(List.of(LocalDate.of(2027, 5, 7), LocalDate.of(2027, 7, 3))));
        ServiceCalendar calendar = new ServiceCalendar(List.of(withBreaks, y2027));
        int serviceDays = 0;
        for (LocalDate day = LocalDate.of(2026, 8, 25); day.isBefore(LocalDate.of(2028, 7, 10)); day = day.plusDays(1)) {
            SchoolYear owner = withBreaks.contains(day) ? withBreaks : y2027.contains(day) ? y2027 : null;
            boolean expected = owner != null && owner.isServiceDay(day);
            assertThat(calendar.isServiceDay(day)).as(day.toString()).isEqualTo(expected);
            assertThat(calendar.yearOf(day)).as(day.toString()).isEqualTo(Optional.ofNullable(owner));
            serviceDays += expected ? 1 : 0;
        }
        assertThat(serviceDays).as("both years have school days").isGreaterThan(250);
        assertThat(calendar.isServiceDay(LocalDate.of(2026, 10, 20))).as("Toussaint holidays").isFalse();
        assertThat(calendar.isServiceDay(LocalDate.of(2027, 5, 7))).as("closure").isFalse();
        assertThat(calendar.isServiceDay(LocalDate.of(2027, 5, 6))).as("Ascension").isFalse();
        assertThat(calendar.isServiceDay(LocalDate.of(2027, 5, 10))).isTrue();
    }
}
