package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CongesWeekTest {

    @ParameterizedTest
    @CsvSource({"2026-10-19,2026-10-19", "2026-W43,2026-10-19", " 2026-W43 ,2026-10-19", "2026-W01,2025-12-29",
            "2026-W53,2026-12-28", "2027-W01,2027-01-04"})
    void reads_a_monday_or_an_iso_week(String text, LocalDate monday) {
        assertThat(CongesWeek.parse(text).monday()).isEqualTo(monday);
    }

    @Test
    void both_forms_name_the_same_week() {
        assertThat(CongesWeek.parse("2026-W43")).isEqualTo(CongesWeek.parse("2026-10-19"));
        assertThat(CongesWeek.parse("2026-10-19").isoWeek()).isEqualTo("2026-W43");
    }

    @Test
    void refuses_a_date_that_is_not_a_monday() {
        assertThatThrownBy(() -> CongesWeek.parse("2026-10-21")).hasMessageContaining("lundi");
    }

    @Test
    void refuses_a_week_the_year_does_not_have_and_unknown_forms() {
        assertThatThrownBy(() -> CongesWeek.parse("2027-W53")).hasMessageContaining("semaine 53");
        assertThatThrownBy(() -> CongesWeek.parse("2026-W00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CongesWeek.parse("semaine 43")).hasMessageContaining("2026-W43");
        assertThatThrownBy(() -> CongesWeek.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contains_monday_to_sunday() {
        CongesWeek week = CongesWeek.parse("2026-10-19");
        assertThat(week.contains(LocalDate.of(2026, 10, 19))).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 10, 25))).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 10, 26))).isFalse();
        assertThat(week.contains(LocalDate.of(2026, 10, 18))).isFalse();
    }
}
