package fr.espacefamille.domain.billing;

import static fr.espacefamille.domain.billing.DemoTariffs.SEPT_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

class NurseryBillingPolicyTest {

    private static final NurseryTariff TARIFF = DemoTariffs.nursery(SEPT_1);
    /** 36 000 €/year, one child: 1,86 €/h. */
    private static final Resources RESOURCES = new Resources(Money.ofCents(36_000_00), 1, false);

    @Test
    void bills_each_kind_of_hours_at_the_psu_rate_with_deductions_as_a_negative_line() {
        Family family = DemoTariffs.family(null, true, RESOURCES, 1);
        ChildId tom = family.children().get(0).id();
        // contract 80 h, 2 h 30 extra, 3 h occasional, 1 h late cancellation, 8 h deducted
        NurseryMonth month = new NurseryMonth(tom, 160, 5, 6, 2, 16);

        List<InvoiceLine> lines = NurseryBillingPolicy.lines(family, List.of(month), TARIFF);

        assertThat(lines).extracting(InvoiceLine::kind, InvoiceLine::quantity, InvoiceLine::unitPrice, InvoiceLine::amount)
                .containsExactly(
                        tuple(LineKind.CONTRACT_HOURS, BigDecimal.valueOf(80), Money.ofCents(186), Money.ofCents(14880)),
                        tuple(LineKind.EXTRA_HOURS, new BigDecimal("2.5"), Money.ofCents(186), Money.ofCents(465)),
                        tuple(LineKind.OCCASIONAL_HOURS, BigDecimal.valueOf(3), Money.ofCents(186), Money.ofCents(558)),
                        tuple(LineKind.LATE_CANCELLATION, BigDecimal.ONE, Money.ofCents(186), Money.ofCents(186)),
                        tuple(LineKind.DEDUCTION, BigDecimal.valueOf(8), Money.ofCents(-186), Money.ofCents(-1488)));
        assertThat(lines.get(4).label()).isEqualTo("Déduction : absences justifiées");
        assertThat(lines.get(0).label()).isEqualTo("Accueil régulier : heures du contrat — ressources 3\u202f000,00\u00a0€/mois"
                + " × taux d'effort 0,0619\u00a0% (1 enfant à charge)");
        assertThat(lines.subList(0, 4)).allSatisfy(line -> assertThat(line.label()).contains("taux d'effort"));
    }

    @Test
    void an_odd_number_of_half_hours_rounds_the_line_half_up_once() {
        // ceiling: 4,33 €/h × 7,5 h = 32,475 € → 32,48 €
        Family family = DemoTariffs.family(null, true, Resources.UNDECLARED, 1);
        NurseryMonth month = new NurseryMonth(family.children().get(0).id(), 0, 0, 15, 0, 0);

        InvoiceLine line = NurseryBillingPolicy.lines(family, List.of(month), TARIFF).get(0);

        assertThat(line.quantity()).isEqualByComparingTo("7.5");
        assertThat(line.amount()).isEqualTo(Money.ofCents(3248));
    }

    @Test
    void kinds_without_hours_make_no_line() {
        Family family = DemoTariffs.family(null, true, RESOURCES, 1);
        NurseryMonth month = new NurseryMonth(family.children().get(0).id(), 0, 0, 4, 0, 0);

        assertThat(NurseryBillingPolicy.lines(family, List.of(month), TARIFF)).extracting(InvoiceLine::kind)
                .containsExactly(LineKind.OCCASIONAL_HOURS);
    }

    @Test
    void a_nursery_month_never_deducts_more_than_the_contract() {
        assertThatThrownBy(() -> new NurseryMonth(ChildId.random(), 10, 0, 0, 0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NurseryMonth(ChildId.random(), -1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
