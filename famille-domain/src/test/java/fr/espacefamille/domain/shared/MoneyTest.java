package fr.espacefamille.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_subtracts_and_multiplies_exactly_in_cents() {
        assertThat(Money.ofCents(250).plus(Money.ofCents(150)).times(3).minus(Money.ofCents(200))).isEqualTo(Money.ofCents(1000));
    }

    @Test
    void rounds_a_rate_half_up_once_at_the_end() {
        // 3 000,00 € × 0,0619 % = 1,857 € → 1,86 €
        assertThat(Money.ofCents(300_000).percent(new BigDecimal("0.0619"))).isEqualTo(Money.ofCents(186));
        assertThat(Money.ofCents(5).timesRate(new BigDecimal("0.5"))).isEqualTo(Money.ofCents(3));
        assertThat(Money.ofCents(-5).timesRate(new BigDecimal("0.5"))).isEqualTo(Money.ofCents(-3));
    }

    @Test
    void reads_euros_with_any_precision() {
        assertThat(Money.ofEuros(new BigDecimal("4.205"))).isEqualTo(Money.ofCents(421));
    }

    @Test
    void refuses_overflow_instead_of_wrapping() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shows_amounts_the_french_way() {
        assertThat(Money.ofCents(123_450).toFrench()).isEqualTo("1\u202f234,50\u00a0€");
        assertThat(Money.ofCents(-7).toFrench()).isEqualTo("-0,07\u00a0€");
    }
}
