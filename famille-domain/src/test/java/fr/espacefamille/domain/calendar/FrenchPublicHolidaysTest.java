package fr.espacefamille.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FrenchPublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16", "2038,2038-04-25"})
    void computes_easter_sunday(int year, LocalDate easter) {
        assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void knows_the_eleven_holidays_of_2027_including_easter_based_ones() {
        assertThat(FrenchPublicHolidays.of(2027)).containsExactlyInAnyOrder(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 8),
                LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17), LocalDate.of(2027, 7, 14), LocalDate.of(2027, 8, 15),
                LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25));
    }

    @Test
    void last_working_day_before_skips_weekends_and_holidays() {
        // Friday 7 May 2027 follows Ascension (Thursday 6 May): the day before Friday is Wednesday 5.
        assertThat(FrenchPublicHolidays.lastWorkingDayBefore(LocalDate.of(2027, 5, 7))).isEqualTo(LocalDate.of(2027, 5, 5));
        // Tuesday 18 May 2027 follows Whit Monday: the working day before is Friday 14 May.
        assertThat(FrenchPublicHolidays.lastWorkingDayBefore(LocalDate.of(2027, 5, 18))).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(FrenchPublicHolidays.lastWorkingDayBefore(LocalDate.of(2026, 9, 7))).isEqualTo(LocalDate.of(2026, 9, 4));
    }
}
