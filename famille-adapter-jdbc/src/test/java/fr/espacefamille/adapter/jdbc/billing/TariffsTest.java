package fr.espacefamille.adapter.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.Tariffs;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.shared.Money;

/** What every {@link Tariffs} store does. */
abstract class TariffsContract extends StoreContract {

    private Tariffs tariffs;

    TariffsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        tariffs = BillingFixtures.tariffs(backend);
    }

    @Test
    void reads_back_every_tariff_exactly_effort_rates_to_the_last_digit() {
        var september = BillingFixtures.canteen(LocalDate.of(2026, 9, 1));
        var january = new CanteenTariff(LocalDate.of(2027, 1, 1), List.of(), Money.ofCents(450), Money.ofCents(550), Money.ofCents(0));
        var barème = BillingFixtures.nursery(LocalDate.of(2026, 9, 1));
        tariffs.putCanteen(january);
        tariffs.putCanteen(september);
        tariffs.putNursery(barème);

        var schedule = tariffs.schedule();

        assertThat(schedule.canteen()).containsExactly(september, january);
        assertThat(schedule.nursery()).containsExactly(barème);
        assertThat(schedule.nursery().get(0).effortRate(EffortBracket.EIGHT_OR_MORE)).hasToString("0.0002065");
    }

    @Test
    void a_tariff_starting_the_same_day_replaces_the_earlier_one_whole() {
        tariffs.putCanteen(BillingFixtures.canteen(LocalDate.of(2026, 9, 1)));
        var replacement = new CanteenTariff(LocalDate.of(2026, 9, 1), List.of(), Money.ofCents(300), Money.ofCents(400), Money.ofCents(100));
        tariffs.putCanteen(replacement);
        tariffs.putNursery(BillingFixtures.nursery(LocalDate.of(2026, 9, 1)));
        tariffs.putNursery(BillingFixtures.nursery(LocalDate.of(2026, 9, 1)));

        assertThat(tariffs.schedule().canteen()).containsExactly(replacement);
        assertThat(tariffs.schedule().nursery()).hasSize(1);
    }
}
