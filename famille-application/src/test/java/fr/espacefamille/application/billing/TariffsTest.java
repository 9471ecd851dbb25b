package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.shared.Money;

/** Setting and publishing tariffs: {@link SetCanteenTariff}, {@link SetNurseryTariff}, {@link ReadTariffs}. */
class TariffsTest {

    private final BillingTestbed bed = new BillingTestbed();
    private final SetCanteenTariff setCanteen = bed.town.billing().setCanteenTariff();
    private final SetNurseryTariff setNursery = bed.town.billing().setNurseryTariff();

    private static CanteenTariff flat(LocalDate validFrom, long cents) {
        return new CanteenTariff(validFrom, List.of(), Money.ofCents(cents), Money.ofCents(500), Money.ofCents(150));
    }

    @Test
    void the_public_sees_the_tariff_in_force_and_those_announced() {
        setCanteen.set(FINANCE, flat(LocalDate.of(2027, 1, 1), 450));

        var published = bed.town.billing().readTariffs().published();

        assertThat(published.canteen()).extracting(CanteenTariff::validFrom).containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 1));
        assertThat(published.nursery()).hasSize(1);
    }

    @Test
    void a_tariff_starting_the_same_day_replaces_the_earlier_one() {
        setCanteen.set(FINANCE, flat(LocalDate.of(2027, 1, 1), 450));
        setCanteen.set(FINANCE, flat(LocalDate.of(2027, 1, 1), 460));

        assertThat(bed.tariffs.schedule().canteenOn(LocalDate.of(2027, 1, 1)).orElseThrow().defaultPrice()).isEqualTo(Money.ofCents(460));
        assertThat(bed.auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10)).last()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("CANTEEN_TARIFF_SET");
                    assertThat(e.before()).contains("\"defaultPriceCents\":450");
                    assertThat(e.after()).contains("\"defaultPriceCents\":460");
                });
    }

    @Test
    void a_tariff_cannot_start_inside_a_month_already_issued() {
        bed.meals(bed.family("Martin", 450), 3, BOOKED_MEAL);
        bed.issue(SEPTEMBER);

        assertThat(refusalCode(() -> setCanteen.set(FINANCE, flat(LocalDate.of(2026, 9, 30), 450)))).isEqualTo("TARIFF_PERIOD_ALREADY_BILLED");
        setCanteen.set(FINANCE, flat(LocalDate.of(2026, 10, 1), 450));
        setNursery.set(FINANCE, ExampleTariffs.nursery(LocalDate.of(2026, 9, 15)));
        assertThat(bed.tariffs.schedule().nursery()).hasSize(2);
    }

    @Test
    void only_finance_staff_set_tariffs() {
        assertThat(refusalCode(() -> setCanteen.set(BillingTestbed.SCHOOL_AGENT, flat(LocalDate.of(2027, 1, 1), 450)))).isEqualTo("FORBIDDEN");
        assertThat(refusalCode(() -> setNursery.set(BillingTestbed.SCHOOL_AGENT, ExampleTariffs.nursery(LocalDate.of(2027, 1, 1)))))
                .isEqualTo("FORBIDDEN");
    }
}
