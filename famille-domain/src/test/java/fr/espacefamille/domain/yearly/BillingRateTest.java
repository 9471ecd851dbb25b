package fr.espacefamille.domain.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Money;

class BillingRateTest {

    @ParameterizedTest(name = "{0} billed / {1} attended: {2} % {3}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 100 | 100.0 | OK
            107 | 100 | 107.0 | OK
            1071| 1000| 107.1 | ABOVE_107
            21407| 20000| 107.0 | ABOVE_107
            120 | 100 | 120.0 | ABOVE_107
            121 | 100 | 121.0 | ABOVE_120
            90  | 100 | 90.0  | OK
            2   | 3   | 66.7  | OK
            0   | 40  | 0.0   | OK
            """)
    void billed_over_attended_half_hours_flagged_above_107_and_120_percent(long billed, long attended, BigDecimal percent,
            BillingRate.Flag flag) {
        BillingRate rate = new BillingRate(billed, attended);
        assertThat(rate.percent()).contains(percent);
        assertThat(rate.flag()).isEqualTo(flag);
    }

    @Test
    void undefined_when_nothing_was_attended_or_the_month_is_not_billed_yet() {
        assertThat(new BillingRate(40L, 0).percent()).isEmpty();
        assertThat(new BillingRate(40L, 0).flag()).isEqualTo(BillingRate.Flag.UNDEFINED);
        assertThat(new BillingRate(null, 120).percent()).as("attendance but no billing").isEmpty();
        assertThat(new BillingRate(null, 120).flag()).isEqualTo(BillingRate.Flag.UNDEFINED);
    }

    @Test
    void an_invoice_bills_its_nursery_hours_as_half_hours_deductions_taken_off() {
        ChildId child = ChildId.random();
        List<InvoiceLine> lines = List.of(
                InvoiceLine.of(child, "Léa Martin", LineKind.CONTRACT_HOURS, new BigDecimal("80"), Money.ofCents(187)),
                InvoiceLine.of(child, "Léa Martin", LineKind.EXTRA_HOURS, new BigDecimal("7.5"), Money.ofCents(187)),
                InvoiceLine.of(child, "Léa Martin", LineKind.OCCASIONAL_HOURS, new BigDecimal("3"), Money.ofCents(187)),
                InvoiceLine.of(child, "Léa Martin", LineKind.LATE_CANCELLATION, new BigDecimal("5"), Money.ofCents(187)),
                InvoiceLine.of(child, "Léa Martin", LineKind.DEDUCTION, new BigDecimal("3.5"), Money.ofCents(-187)));
        assertThat(BillingRate.billedHalfHours(lines)).isEqualTo(160 + 15 + 6 + 10 - 7);
    }

    @Test
    void the_year_counts_its_billed_months_only() {
        BillingRate year = BillingRate.ofYear(List.of(new BillingRate(110L, 100), new BillingRate(100L, 100), new BillingRate(null, 500)));
        assertThat(year).isEqualTo(new BillingRate(210L, 200));
        assertThat(year.percent()).contains(new BigDecimal("105.0"));
        assertThat(BillingRate.ofYear(List.of(new BillingRate(null, 10))).flag()).isEqualTo(BillingRate.Flag.UNDEFINED);
    }
}
