package fr.espacefamille.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ActivationKeyTest {

    @Test
    void generated_keys_use_twelve_characters_without_look_alikes() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            ActivationKey key = ActivationKey.generate(random);
            assertThat(key.value()).hasSize(12).doesNotContain("0", "O", "1", "I", "L");
            assertThat(key.formatted()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        }
    }

    @Test
    void reads_keys_case_insensitively_with_or_without_dashes() {
        ActivationKey key = ActivationKey.parse("ABCD-EFGH-JKMN").orElseThrow();
        assertThat(ActivationKey.parse("abcdefghjkmn")).hasValue(key);
        assertThat(ActivationKey.parse(" abcd efgh-JKMN ")).hasValue(key);
    }

    @Test
    void refuses_malformed_keys_without_throwing() {
        assertThat(ActivationKey.parse("ABCD-EFGH-JKM0")).isEmpty();
        assertThat(ActivationKey.parse("ABCD-EFGH-JK")).isEmpty();
        assertThat(ActivationKey.parse(null)).isEmpty();
        assertThat(ActivationKey.parse("x".repeat(1000))).isEmpty();
    }

    @Test
    void is_valid_until_the_ninetieth_day_after_issue() {
        assertThat(ActivationKey.expiresOn(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void works_until_the_end_of_its_last_day_and_not_the_day_after() {
        LocalDate expiresOn = LocalDate.of(2026, 11, 30);
        assertThat(ActivationKey.stillValidOn(expiresOn, LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(ActivationKey.stillValidOn(expiresOn, expiresOn)).isTrue();
        assertThat(ActivationKey.stillValidOn(expiresOn, LocalDate.of(2026, 12, 1))).isFalse();
    }
}
