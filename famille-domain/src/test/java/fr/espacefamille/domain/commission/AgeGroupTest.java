package fr.espacefamille.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeGroupTest {

    @ParameterizedTest(name = "born {0}, starting {1} → {2}")
    @CsvSource({
            "2025-03-15, 2026-09-14, BABY",     // 17 months and 30 days
            "2025-03-15, 2026-09-15, MIDDLE",   // 18 months on the day
            "2024-03-15, 2026-09-14, MIDDLE",   // 29 months
            "2024-03-15, 2026-09-15, TODDLER",  // 30 months on the day
            "2026-07-01, 2026-09-01, BABY",
            "2024-01-31, 2026-07-30, MIDDLE",   // 29 months and 30 days: not yet 30 whole months
    })
    void counts_whole_months_on_the_wished_start(LocalDate birth, LocalDate start, AgeGroup expected) {
        assertThat(AgeGroup.of(birth, start)).isEqualTo(expected);
    }
}
