package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class NurserySettingsTest {

    private final NurserySettings settings = NurserySettings.of(20, List.of(LocalDate.of(2026, 9, 11)));

    @Test
    void opens_on_weekdays_only() {
        assertThat(settings.isOpen(LocalDate.of(2026, 9, 7))).as("Monday").isTrue();
        assertThat(settings.isOpen(LocalDate.of(2026, 9, 12))).as("Saturday").isFalse();
        assertThat(settings.isOpen(LocalDate.of(2026, 9, 13))).as("Sunday").isFalse();
    }

    @Test
    void closes_on_staff_closures_and_public_holidays() {
        assertThat(settings.isOpen(LocalDate.of(2026, 9, 11))).as("closure").isFalse();
        assertThat(settings.isOpen(LocalDate.of(2026, 11, 11))).as("Armistice, a Wednesday").isFalse();
        assertThat(settings.isClosure(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(settings.isClosure(LocalDate.of(2026, 9, 12))).as("a weekend is not a closure").isFalse();
    }

    @Test
    void refuses_a_negative_or_absurd_number_of_places() {
        assertThatThrownBy(() -> NurserySettings.of(-1, List.of())).hasMessageContaining("places");
        assertThatThrownBy(() -> NurserySettings.of(501, List.of())).hasMessageContaining("places");
        assertThat(NurserySettings.allowsPlaces(0)).isTrue();
        assertThat(NurserySettings.allowsPlaces(NurserySettings.MAX_PLACES)).isTrue();
        assertThat(NurserySettings.allowsPlaces(NurserySettings.MAX_PLACES + 1)).isFalse();
        assertThat(NurserySettings.allowsPlaces(-1)).isFalse();
    }
}
