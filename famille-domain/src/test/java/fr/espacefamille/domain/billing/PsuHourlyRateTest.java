package fr.espacefamille.domain.billing;

import static fr.espacefamille.domain.billing.DemoTariffs.SEPT_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

class PsuHourlyRateTest {

    private final NurseryTariff tariff = DemoTariffs.nursery(SEPT_1);

    private Money rate(Long annualCents, int children, boolean disabled) {
        return PsuHourlyRate.of(tariff, new Resources(annualCents == null ? null : Money.ofCents(annualCents), children, disabled));
    }

    @Test
    void worked_example_36000_euros_a_year_and_one_child_pay_1_86_an_hour() {
        // 36 000 € / 12 = 3 000 € × 0,0619 % = 1,857 € → 1,86 €
        assertThat(rate(36_000_00L, 1, false)).isEqualTo(Money.ofCents(186));
    }

    @ParameterizedTest(name = "{0} children: {1} cents")
    @CsvSource({"1, 186", "2, 155", "3, 124", "4, 93", "7, 93", "8, 62", "12, 62"})
    void the_effort_rate_falls_with_the_number_of_dependent_children(int children, long cents) {
        // 3 000 € × 0,0516 % = 1,548; × 0,0413 % = 1,239; × 0,0310 % = 0,93; × 0,0206 % = 0,618
        assertThat(rate(36_000_00L, children, false)).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest(name = "{0} children and a disabled child: {1} cents")
    @CsvSource({"1, 155", "2, 124", "3, 93", "4, 62", "7, 62", "8, 62"})
    void a_disabled_child_gives_the_next_bracket_s_rate_and_eight_stays_eight(int children, long cents) {
        assertThat(rate(36_000_00L, children, true)).isEqualTo(Money.ofCents(cents));
    }

    @Test
    void low_resources_are_raised_to_the_floor() {
        // plancher 801 € × 0,0619 % = 0,4958 → 0,50 €
        assertThat(rate(0L, 1, false)).isEqualTo(Money.ofCents(50));
        assertThat(rate(5_000_00L, 1, false)).isEqualTo(Money.ofCents(50));
    }

    @Test
    void high_resources_are_capped_at_the_ceiling_and_undeclared_ones_pay_it() {
        // plafond 7 000 € × 0,0619 % = 4,333 → 4,33 €
        assertThat(rate(200_000_00L, 1, false)).isEqualTo(Money.ofCents(433));
        assertThat(rate(null, 1, false)).isEqualTo(Money.ofCents(433));
    }

    @Test
    void divides_by_twelve_exactly_and_rounds_once_at_the_end() {
        // 40 001 € / 12 = 3 333,41666… € × 0,0619 % = 2,06338… → 2,06 €
        assertThat(rate(40_001_00L, 1, false)).isEqualTo(Money.ofCents(206));
        // 24 241 € / 12 = 2 020,08333… € × 0,0619 % = 1,25043… → 1,25 €
        assertThat(rate(24_241_00L, 1, false)).isEqualTo(Money.ofCents(125));
    }

    @Test
    void half_a_cent_rounds_up() {
        BigDecimal half = new BigDecimal("0.0005");
        NurseryTariff round = new NurseryTariff(SEPT_1, Money.ofCents(1_00), Money.ofCents(1_000_000_00), Map.of(
                EffortBracket.ONE, half, EffortBracket.TWO, half, EffortBracket.THREE, half,
                EffortBracket.FOUR_TO_SEVEN, half, EffortBracket.EIGHT_OR_MORE, half));
        // 24 120 € / 12 = 2 010 € × 0,05 % = 1,005 € → 1,01 €
        assertThat(PsuHourlyRate.of(round, new Resources(Money.ofCents(24_120_00), 1, false))).isEqualTo(Money.ofCents(101));
    }

    private String explained(Long annualCents, int children, boolean disabled) {
        return PsuHourlyRate.explained(tariff, new Resources(annualCents == null ? null : Money.ofCents(annualCents), children, disabled));
    }

    @Test
    void the_explanation_gives_the_monthly_resources_and_the_effort_rate() {
        assertThat(explained(36_000_00L, 1, false))
                .isEqualTo("ressources 3\u202f000,00\u00a0€/mois × taux d'effort 0,0619\u00a0% (1 enfant à charge)");
    }

    @Test
    void the_explanation_says_when_the_floor_or_the_ceiling_replaced_the_resources() {
        assertThat(explained(6_000_00L, 2, false))
                .isEqualTo("ressources 500,00\u00a0€/mois, plancher 801,00\u00a0€ appliqué × taux d'effort 0,0516\u00a0% (2 enfants à charge)");
        assertThat(explained(120_000_00L, 3, false)).contains("ressources 10\u202f000,00\u00a0€/mois, plafond 7\u202f000,00\u00a0€ appliqué",
                "0,0413\u00a0%");
        assertThat(explained(null, 1, false)).startsWith("ressources non déclarées\u00a0: plafond 7\u202f000,00\u00a0€ ×");
    }

    @Test
    void the_explanation_says_a_disabled_child_moved_the_family_up_a_bracket_and_stays_short() {
        assertThat(explained(36_000_00L, 2, true)).endsWith("0,0413\u00a0% (2 enfants à charge + 1 pour handicap)");
        assertThat(explained(999_999_999_99L, 20, true)).hasSizeLessThanOrEqualTo(140);
    }
}
