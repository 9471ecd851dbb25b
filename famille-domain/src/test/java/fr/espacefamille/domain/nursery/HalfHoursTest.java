package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfHoursTest {

    @ParameterizedTest(name = "{0} min -> {1} half-hours")
    @CsvSource({"0,0", "1,1", "29,1", "30,1", "31,2", "59,2", "60,2", "61,3", "510,17", "511,18"})
    void any_started_half_hour_is_due(long minutes, int halfHours) {
        assertThat(HalfHours.of(minutes)).isEqualTo(halfHours);
        assertThat(HalfHours.of(Duration.ofMinutes(minutes))).isEqualTo(halfHours);
    }

    @Test
    void a_started_second_beyond_a_half_hour_starts_the_next_one() {
        assertThat(HalfHours.of(Duration.ofMinutes(30).plusSeconds(1))).isEqualTo(2);
        assertThat(HalfHours.of(Duration.ofSeconds(1))).isEqualTo(1);
    }

    @Test
    void refuses_negative_time() {
        assertThatThrownBy(() -> HalfHours.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HalfHours.of(Duration.ofMinutes(-5))).isInstanceOf(IllegalArgumentException.class);
    }
}
