package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TargetCalendarTest {

    @Test
    void easter_is_computed_for_known_years() {
        assertThat(fr.espacefamille.domain.calendar.FrenchPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(fr.espacefamille.domain.calendar.FrenchPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(fr.espacefamille.domain.calendar.FrenchPublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(fr.espacefamille.domain.calendar.FrenchPublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void target2_closing_days_are_weekends_new_year_good_friday_easter_monday_may_day_and_christmas() {
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 10, 15))).isTrue();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 11, 14))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 11, 15))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 26))).isFalse();
        // French public holidays that are not TARGET2 ones: 14 July, 11 November, Ascension
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 7, 14))).isTrue();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 11, 11))).isTrue();
    }

    @Test
    void the_collection_date_is_the_due_date_moved_to_the_next_business_day() {
        LocalDate early = LocalDate.of(2026, 10, 2);
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2026, 10, 15), early)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2026, 11, 15), early)).isEqualTo(LocalDate.of(2026, 11, 16));
        // due on Friday 25 December 2026: Saturday, Sunday closed, Monday 28
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2026, 12, 25), early)).isEqualTo(LocalDate.of(2026, 12, 28));
        // Good Friday 2027 (26 March) then Easter Monday (29 March): Tuesday 30
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2027, 3, 26), early)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2027, 5, 1), early)).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    void a_file_made_on_or_after_the_due_date_asks_for_the_next_business_day_after_today() {
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15)))
                .isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(TargetCalendar.collectionDate(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 16)))
                .isEqualTo(LocalDate.of(2026, 10, 19));
    }
}
