package fr.espacefamille.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SchoolYearTest {

    private final SchoolYear year = new SchoolYear(SchoolYearLabel.parse("2026-2027").orElseThrow(),
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), null,
            List.of(new HolidayPeriod(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1), "Toussaint")),
            new java.util.TreeSet<>(Set.of(LocalDate.of(2026, 9, 18))));

    @Test
    void service_days_are_school_weekdays_of_the_year() {
        assertThat(year.isServiceDay(LocalDate.of(2026, 9, 7))).as("Monday").isTrue();
        assertThat(year.isServiceDay(LocalDate.of(2026, 9, 9))).as("Wednesday: no school by default").isFalse();
        assertThat(year.isServiceDay(LocalDate.of(2026, 9, 12))).as("Saturday").isFalse();
    }

    @Test
    void holidays_closures_public_holidays_and_days_outside_the_year_have_no_service() {
        assertThat(year.isServiceDay(LocalDate.of(2026, 10, 20))).as("Toussaint holidays").isFalse();
        assertThat(year.isServiceDay(LocalDate.of(2026, 9, 18))).as("closure").isFalse();
        assertThat(year.isServiceDay(LocalDate.of(2026, 11, 11))).as("Armistice").isFalse();
        assertThat(year.isServiceDay(LocalDate.of(2027, 5, 6))).as("Ascension").isFalse();
        assertThat(year.isServiceDay(LocalDate.of(2026, 8, 31))).as("before the year").isFalse();
        assertThat(year.isServiceDay(LocalDate.of(2027, 7, 5))).as("after the year").isFalse();
    }

    @Test
    void refuses_dates_that_do_not_match_the_label() {
        assertThatThrownBy(() -> new SchoolYear(new SchoolYearLabel(2026), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 3),
                null, List.of(), new java.util.TreeSet<>())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void says_which_date_is_wrong_for_the_label() {
        SchoolYearLabel label = new SchoolYearLabel(2026);
        assertThat(SchoolYear.refusalOfDates(label, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3))).isEmpty();
        assertThat(SchoolYear.refusalOfDates(label, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 7, 3)))
                .hasValueSatisfying(r -> assertThat(r.field()).contains("start"));
        assertThat(SchoolYear.refusalOfDates(label, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1)))
                .hasValueSatisfying(r -> assertThat(r.field()).contains("end"));
        assertThat(SchoolYear.refusalOfDates(label, LocalDate.of(2026, 9, 1), LocalDate.of(2028, 7, 3)))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("2026-2027"));
    }

    @Test
    void reads_labels_of_two_consecutive_years_only() {
        assertThat(SchoolYearLabel.parse("2026-2027")).hasValue(new SchoolYearLabel(2026));
        assertThat(SchoolYearLabel.parse("2026-2028")).isEmpty();
        assertThat(SchoolYearLabel.parse("2026")).isEmpty();
        assertThat(SchoolYearLabel.containing(LocalDate.of(2027, 3, 1))).isEqualTo(new SchoolYearLabel(2026));
    }
}
