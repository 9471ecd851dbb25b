package fr.espacefamille.domain.billing;

import fr.espacefamille.domain.canteen.MealCharge;

import static fr.espacefamille.domain.canteen.MealCharge.CARENCE_DAY;
import static fr.espacefamille.domain.canteen.MealCharge.ABSENCE_NOT_BILLED;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL_MISSED;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.domain.canteen.MealCharge.ABSENCE_BILLED;
import static fr.espacefamille.domain.canteen.MealCharge.UNBOOKED_MEAL;
import static fr.espacefamille.domain.billing.DemoTariffs.SEPT_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

class CanteenBillingPolicyTest {

    private static final TariffSchedule TARIFFS = DemoTariffs.schedule();

    /** {@code count} consecutive days of one kind from {@code first}. */
    private static List<CanteenDay> days(ChildId child, LocalDate first, int count, MealCharge kind) {
        List<CanteenDay> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(new CanteenDay(child, first.plusDays(i), kind));
        }
        return days;
    }

    private static Money total(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    }

    @Test
    void worked_example_qf_450_twelve_meals_one_unbooked_and_an_illness_with_certificate_come_to_15_50() {
        Family family = DemoTariffs.family(450);
        ChildId lea = family.children().get(0).id();
        List<CanteenDay> month = new ArrayList<>(days(lea, LocalDate.of(2026, 9, 1), 12, BOOKED_MEAL));
        month.add(new CanteenDay(lea, LocalDate.of(2026, 9, 14), UNBOOKED_MEAL));
        month.add(new CanteenDay(lea, LocalDate.of(2026, 9, 15), CARENCE_DAY));
        month.addAll(days(lea, LocalDate.of(2026, 9, 16), 2, ABSENCE_NOT_BILLED));

        List<InvoiceLine> lines = CanteenBillingPolicy.lines(family, month, TARIFFS);

        // 12 × 1,00 + (1,00 + 1,50) + 1 × 1,00 = 15,50 €
        assertThat(lines).extracting(InvoiceLine::kind, InvoiceLine::quantity, InvoiceLine::unitPrice, InvoiceLine::amount)
                .containsExactly(
                        tuple(LineKind.BOOKED_MEAL, BigDecimal.valueOf(12), Money.ofCents(100), Money.ofCents(1200)),
                        tuple(LineKind.UNBOOKED_MEAL, BigDecimal.ONE, Money.ofCents(250), Money.ofCents(250)),
                        tuple(LineKind.CARENCE_DAY, BigDecimal.ONE, Money.ofCents(100), Money.ofCents(100)));
        assertThat(total(lines)).isEqualTo(Money.ofCents(1550));
        assertThat(lines.get(0).label()).isEqualTo("Repas réservés");
        assertThat(lines).allMatch(line -> line.child().equals(lea) && line.childName().equals("EnfantA Martin"));
    }

    @Test
    void booked_days_without_attendance_check_and_unreported_absences_are_billed_at_the_family_s_price() {
        Family family = DemoTariffs.family(700);
        ChildId child = family.children().get(0).id();
        List<CanteenDay> month = new ArrayList<>(days(child, LocalDate.of(2026, 9, 1), 2, BOOKED_MEAL));
        month.add(new CanteenDay(child, LocalDate.of(2026, 9, 3), BOOKED_MEAL));
        month.add(new CanteenDay(child, LocalDate.of(2026, 9, 4), BOOKED_MEAL_MISSED));
        month.add(new CanteenDay(child, LocalDate.of(2026, 9, 7), ABSENCE_BILLED));

        List<InvoiceLine> lines = CanteenBillingPolicy.lines(family, month, TARIFFS);

        assertThat(lines).extracting(InvoiceLine::kind, InvoiceLine::quantity, InvoiceLine::amount).containsExactly(
                tuple(LineKind.BOOKED_MEAL, BigDecimal.valueOf(3), Money.ofCents(750)),
                tuple(LineKind.UNREPORTED_ABSENCE, BigDecimal.ONE, Money.ofCents(250)),
                tuple(LineKind.BILLED_ABSENCE, BigDecimal.ONE, Money.ofCents(250)));
    }

    @Test
    void hospitalisation_and_illness_after_the_carence_day_bill_nothing() {
        Family family = DemoTariffs.family(450);
        ChildId child = family.children().get(0).id();

        assertThat(CanteenBillingPolicy.lines(family, days(child, SEPT_1, 4, ABSENCE_NOT_BILLED), TARIFFS)).isEmpty();
    }

    @Test
    void non_residents_pay_their_price_and_the_surcharge_on_top_of_it() {
        Family family = DemoTariffs.family(300, false, Resources.UNDECLARED, 1);
        ChildId child = family.children().get(0).id();
        List<CanteenDay> month = new ArrayList<>(days(child, SEPT_1, 2, BOOKED_MEAL));
        month.add(new CanteenDay(child, LocalDate.of(2026, 9, 3), UNBOOKED_MEAL));

        assertThat(CanteenBillingPolicy.lines(family, month, TARIFFS)).extracting(InvoiceLine::unitPrice)
                .containsExactly(Money.ofCents(500), Money.ofCents(650));
    }

    @Test
    void a_new_quotient_during_the_month_bills_each_day_at_the_quotient_of_that_day_on_its_own_line() {
        Family family = DemoTariffs.family(450).withQuotient(new FamilyQuotient(900, LocalDate.of(2026, 9, 15)));
        ChildId child = family.children().get(0).id();
        List<CanteenDay> month = new ArrayList<>(days(child, LocalDate.of(2026, 9, 10), 3, BOOKED_MEAL));
        month.addAll(days(child, LocalDate.of(2026, 9, 15), 2, BOOKED_MEAL));

        List<InvoiceLine> lines = CanteenBillingPolicy.lines(family, month, TARIFFS);

        assertThat(lines).extracting(InvoiceLine::quantity, InvoiceLine::unitPrice).containsExactly(
                tuple(BigDecimal.valueOf(3), Money.ofCents(100)),
                tuple(BigDecimal.valueOf(2), Money.ofCents(340)));
    }

    @Test
    void a_new_tariff_during_the_month_applies_from_its_first_day() {
        CanteenTariff dearer = new CanteenTariff(LocalDate.of(2026, 9, 20), List.of(), Money.ofCents(450), Money.ofCents(550),
                Money.ofCents(150));
        TariffSchedule schedule = new TariffSchedule(List.of(DemoTariffs.canteen(SEPT_1), dearer), List.of());
        Family family = DemoTariffs.family(null);
        ChildId child = family.children().get(0).id();

        List<InvoiceLine> lines = CanteenBillingPolicy.lines(family, days(child, LocalDate.of(2026, 9, 18), 4, BOOKED_MEAL), schedule);

        assertThat(lines).extracting(InvoiceLine::quantity, InvoiceLine::unitPrice).containsExactly(
                tuple(BigDecimal.valueOf(2), Money.ofCents(420)),
                tuple(BigDecimal.valueOf(2), Money.ofCents(450)));
    }

    @Test
    void each_child_has_their_own_lines_in_the_family_s_order() {
        Family family = DemoTariffs.family(450, true, Resources.UNDECLARED, 2);
        ChildId first = family.children().get(0).id();
        ChildId second = family.children().get(1).id();
        List<CanteenDay> month = new ArrayList<>(days(second, SEPT_1, 2, BOOKED_MEAL));
        month.addAll(days(first, SEPT_1, 3, BOOKED_MEAL));

        assertThat(CanteenBillingPolicy.lines(family, month, TARIFFS)).extracting(InvoiceLine::child, InvoiceLine::quantity)
                .containsExactly(tuple(first, BigDecimal.valueOf(3)),
                        tuple(second, BigDecimal.valueOf(2)));
    }

    @Test
    void refuses_a_day_reported_twice_or_a_child_of_another_family() {
        Family family = DemoTariffs.family(450);
        ChildId child = family.children().get(0).id();
        List<CanteenDay> twice = List.of(new CanteenDay(child, SEPT_1, BOOKED_MEAL), new CanteenDay(child, SEPT_1, UNBOOKED_MEAL));

        assertThatThrownBy(() -> CanteenBillingPolicy.lines(family, twice, TARIFFS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanteenBillingPolicy.lines(family, days(ChildId.random(), SEPT_1, 1, BOOKED_MEAL), TARIFFS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
