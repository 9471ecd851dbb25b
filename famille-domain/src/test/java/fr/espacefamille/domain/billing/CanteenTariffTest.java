package fr.espacefamille.domain.billing;

import static fr.espacefamille.domain.billing.DemoTariffs.SEPT_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.shared.Money;

class CanteenTariffTest {

    private final CanteenTariff tariff = DemoTariffs.canteen(SEPT_1);

    @ParameterizedTest(name = "QF {0} pays {1} cents")
    @CsvSource({"0, 100", "450, 100", "500, 100", "501, 250", "800, 250", "801, 340", "1200, 340", "1201, 420", "99999, 420"})
    void residents_pay_the_price_of_their_quotient_s_bracket(int quotient, long cents) {
        assertThat(tariff.mealPrice(true, OptionalInt.of(quotient))).isEqualTo(Money.ofCents(cents));
    }

    @Test
    void an_unknown_quotient_pays_the_default_price() {
        assertThat(tariff.mealPrice(true, OptionalInt.empty())).isEqualTo(Money.ofCents(420));
    }

    @Test
    void non_residents_pay_their_price_whatever_their_quotient() {
        assertThat(tariff.mealPrice(false, OptionalInt.of(300))).isEqualTo(Money.ofCents(500));
        assertThat(tariff.mealPrice(false, OptionalInt.empty())).isEqualTo(Money.ofCents(500));
    }

    @Test
    void a_meal_without_booking_costs_the_family_s_price_plus_the_surcharge() {
        assertThat(tariff.unbookedMealPrice(true, OptionalInt.of(450))).isEqualTo(Money.ofCents(250));
        assertThat(tariff.unbookedMealPrice(false, OptionalInt.of(450))).isEqualTo(Money.ofCents(650));
    }

    @Test
    void brackets_are_read_in_quotient_order_whatever_order_they_were_given_in() {
        CanteenTariff shuffled = new CanteenTariff(SEPT_1, List.of(tariff.brackets().get(2), tariff.brackets().get(0),
                tariff.brackets().get(1)), Money.ofCents(420), Money.ofCents(500), Money.ofCents(150));
        assertThat(shuffled.mealPrice(true, OptionalInt.of(450))).isEqualTo(Money.ofCents(100));
        assertThat(shuffled).isEqualTo(tariff);
    }

    @Test
    void refuses_two_brackets_with_one_ceiling_and_negative_or_absurd_prices() {
        assertThatThrownBy(() -> new CanteenTariff(SEPT_1, List.of(new QuotientBracket(500, Money.ofCents(100)),
                new QuotientBracket(500, Money.ofCents(200))), Money.ofCents(420), Money.ofCents(500), Money.ofCents(150)))
                .hasMessageContaining("même plafond");
        assertThatThrownBy(() -> new CanteenTariff(SEPT_1, List.of(), Money.ofCents(-1), Money.ofCents(500), Money.ofCents(150)))
                .hasMessageContaining("prix par défaut");
        assertThatThrownBy(() -> new QuotientBracket(500, Money.ofCents(100_01))).hasMessageContaining("100,00");
    }
}
