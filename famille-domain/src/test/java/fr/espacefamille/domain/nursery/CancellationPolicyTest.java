package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static boolean billed(Slot slot, String at) {
        return CancellationPolicy.isBilled(slot, OffsetDateTime.parse(at).toInstant(), PARIS);
    }

    @Test
    void cancelling_a_morning_is_free_until_48_hours_before_7_30() {
        Slot thursdayMorning = new Slot(LocalDate.of(2026, 9, 10), HalfDay.MORNING);
        assertThat(billed(thursdayMorning, "2026-09-08T07:30:00+02:00")).isFalse();
        assertThat(billed(thursdayMorning, "2026-09-08T07:30:01+02:00")).isTrue();
        assertThat(billed(thursdayMorning, "2026-09-01T12:00:00+02:00")).isFalse();
    }

    @Test
    void cancelling_an_afternoon_is_free_until_48_hours_before_12_30() {
        Slot thursdayAfternoon = new Slot(LocalDate.of(2026, 9, 10), HalfDay.AFTERNOON);
        assertThat(billed(thursdayAfternoon, "2026-09-08T12:30:00+02:00")).isFalse();
        assertThat(billed(thursdayAfternoon, "2026-09-08T12:31:00+02:00")).isTrue();
    }

    @Test
    void counts_real_hours_across_the_autumn_change_of_clocks() {
        // Clocks go back on Sunday 25 October 2026: 48 hours before Monday 7:30 (CET) is Saturday 8:30 (CEST).
        Slot mondayMorning = new Slot(LocalDate.of(2026, 10, 26), HalfDay.MORNING);
        assertThat(billed(mondayMorning, "2026-10-24T08:00:00+02:00")).isFalse();
        assertThat(billed(mondayMorning, "2026-10-24T08:30:00+02:00")).isFalse();
        assertThat(billed(mondayMorning, "2026-10-24T08:31:00+02:00")).isTrue();
    }
}
