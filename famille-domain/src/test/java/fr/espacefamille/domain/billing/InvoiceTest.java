package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

class InvoiceTest {

    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 10, 2);
    private static final LocalDate DUE_ON = LocalDate.of(2026, 11, 15);
    private static final InvoiceNumber NUMBER = new InvoiceNumber(Regie.SCHOOL, 2026, 1);

    private final Family family = DemoTariffs.family(450);

    private InvoiceLine meals(int count, long priceCents) {
        return InvoiceLine.of(family.children().get(0).id(), "Léa Martin", LineKind.BOOKED_MEAL, BigDecimal.valueOf(count),
                Money.ofCents(priceCents));
    }

    private Invoice draft(InvoiceLine... lines) {
        return Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), true, Regie.SCHOOL, YearMonth.of(2026, 9),
                List.of(lines)).orElseThrow();
    }

    private Invoice issued() {
        return draft(meals(12, 100), meals(1, 250)).issue(NUMBER, ISSUED_ON);
    }

    private Payment payment(Invoice invoice, long cents) {
        return new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CHEQUE, Money.ofCents(cents), ISSUED_ON.plusDays(3),
                "1234567", Instant.parse("2026-10-05T08:00:00Z"));
    }

    private Invoice paid(Invoice invoice, long cents) {
        return invoice.record(payment(invoice, cents));
    }

    private CreditNote credit(Invoice invoice, long cents) {
        return new CreditNote(CreditNoteId.random(), invoice.id(), NUMBER.next(), Money.ofCents(cents), "Repas compté deux fois", ISSUED_ON);
    }

    @Test
    void the_total_is_the_exact_sum_of_the_lines() {
        assertThat(issued().total()).isEqualTo(Money.ofCents(1450));
    }

    @Test
    void a_draft_has_no_number_and_issuing_numbers_it_and_sets_the_due_date() {
        Invoice draft = draft(meals(3, 100));
        assertThat(draft.issued()).isFalse();
        assertThat(draft.status(ISSUED_ON)).isEqualTo(InvoiceStatus.DRAFT);

        Invoice issued = draft.issue(NUMBER, ISSUED_ON);

        assertThat(issued.number()).isEqualTo(NUMBER);
        assertThat(issued.dueOn()).isEqualTo(DUE_ON);
        assertThat(issued.status(ISSUED_ON)).isEqualTo(InvoiceStatus.ISSUED);
        assertThatThrownBy(() -> issued.issue(NUMBER.next(), ISSUED_ON)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lines_that_leave_nothing_to_pay_make_no_invoice() {
        InvoiceLine contract = InvoiceLine.of(family.children().get(0).id(), "Tom Martin", LineKind.CONTRACT_HOURS,
                BigDecimal.TEN, Money.ofCents(186));
        InvoiceLine deduction = InvoiceLine.of(family.children().get(0).id(), "Tom Martin", LineKind.DEDUCTION,
                BigDecimal.TEN, Money.ofCents(-186));
        assertThat(Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), true, Regie.EARLY_CHILDHOOD,
                YearMonth.of(2026, 9), List.of(contract, deduction))).isEmpty();
        assertThat(Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), true, Regie.SCHOOL,
                YearMonth.of(2026, 9), List.of())).isEmpty();
    }

    @Test
    void lines_of_another_regie_do_not_belong_on_the_invoice() {
        InvoiceLine nursery = InvoiceLine.of(family.children().get(0).id(), "Tom Martin", LineKind.CONTRACT_HOURS,
                BigDecimal.TEN, Money.ofCents(186));
        assertThatThrownBy(() -> draft(nursery)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goes_from_issued_to_partially_paid_to_paid() {
        Invoice invoice = issued();
        Invoice partly = invoice.record(payment(invoice, 450));
        assertThat(partly.status(ISSUED_ON)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.balance()).isEqualTo(Money.ofCents(1000));

        Invoice paid = partly.record(payment(partly, 1000));
        assertThat(paid.status(ISSUED_ON)).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.status(DUE_ON.plusYears(1))).as("a paid invoice is never overdue").isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void is_overdue_whenever_the_due_date_has_passed_with_a_balance_left_paid_in_part_or_not() {
        Invoice invoice = issued();
        assertThat(invoice.status(DUE_ON)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.status(DUE_ON.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoice.record(payment(invoice, 100)).status(DUE_ON.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
    }

    @Test
    void a_transferred_invoice_is_collected_by_the_tresor_public_and_takes_no_payment_at_the_regie() {
        Invoice invoice = paid(issued(), 450);
        Invoice transferred = invoice.transfer(DUE_ON.plusDays(40));

        assertThat(transferred.status(DUE_ON.plusDays(40))).isEqualTo(InvoiceStatus.TRANSFERRED);
        assertThat(transferred.summary().status(DUE_ON.plusDays(41))).isEqualTo(InvoiceStatus.TRANSFERRED);
        assertThat(InvoiceStatus.TRANSFERRED.frenchLabel()).isEqualTo("Transmise au Trésor public");
        assertRefused(() -> transferred.record(payment(transferred, 100)), "TRANSFERRED_TO_TREASURY");
        assertThatThrownBy(() -> transferred.transfer(DUE_ON.plusDays(41))).as("once").isInstanceOf(IllegalStateException.class);
        assertThat(transferred.credit(credit(transferred, 1000)).status(DUE_ON.plusDays(50)))
                .as("a credit note that clears it leaves nothing to collect").isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void only_an_issued_invoice_with_a_balance_is_transferred() {
        Invoice invoice = issued();
        assertThatThrownBy(() -> draft(meals(3, 100)).transfer(DUE_ON)).isInstanceOf(IllegalStateException.class);
        Invoice paid = invoice.record(payment(invoice, 1450));
        assertThatThrownBy(() -> paid.transfer(DUE_ON.plusDays(40))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_payment_never_exceeds_the_balance() {
        Invoice invoice = issued();
        Payment tooMuch = payment(invoice, 1451);

        assertRefused(() -> invoice.record(tooMuch), "AMOUNT_EXCEEDS_BALANCE");
        assertThat(invoice.record(payment(invoice, 1450)).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_draft_cannot_be_paid_nor_credited() {
        Invoice draft = draft(meals(3, 100));
        assertRefused(() -> draft.record(payment(draft, 100)), "INVOICE_NOT_ISSUED");
        assertThat(draft.refusalToCredit(Money.ofCents(100))).isPresent();
    }

    @Test
    void a_payment_is_recorded_on_its_own_invoice_only() {
        Invoice invoice = issued();
        Invoice other = issued();
        assertThatThrownBy(() -> invoice.record(payment(other, 100))).isInstanceOf(IllegalArgumentException.class);
        assertThat(invoice.record(payment(invoice, 100)).payments()).hasSize(1);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo(code));
    }

    @Test
    void a_credit_note_reduces_the_balance_and_never_exceeds_it() {
        Invoice invoice = paid(issued(), 1000);
        assertThat(invoice.refusalToCredit(Money.ofCents(451))).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("AMOUNT_EXCEEDS_BALANCE"));

        Invoice credited = invoice.credit(credit(invoice, 250));

        assertThat(credited.credited()).isEqualTo(Money.ofCents(250));
        assertThat(credited.balance()).isEqualTo(Money.ofCents(200));
        assertThat(credited.total()).as("the invoice itself is unchanged").isEqualTo(Money.ofCents(1450));
        assertThat(credited.credit(credit(credited, 200)).status(DUE_ON.plusDays(30))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void the_summary_carries_totals_and_status() {
        Invoice invoice = issued();
        Invoice paid = invoice.record(payment(invoice, 450));
        InvoiceSummary summary = paid.summary();

        assertThat(summary.total()).isEqualTo(Money.ofCents(1450));
        assertThat(summary.paid()).isEqualTo(Money.ofCents(450));
        assertThat(summary.balance()).isEqualTo(Money.ofCents(1000));
        assertThat(summary.status(ISSUED_ON)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(summary.familyName()).isEqualTo("Martin");
    }

    @Test
    void a_line_s_amount_must_be_its_unit_price_times_its_quantity() {
        assertThatThrownBy(() -> new InvoiceLine(family.children().get(0).id(), "Léa Martin", LineKind.BOOKED_MEAL, "Repas",
                BigDecimal.valueOf(2), Money.ofCents(100), Money.ofCents(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> meals(0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_direct_debit_collected_above_the_balance_left_by_a_later_credit_note_shows_as_money_to_refund() {
        Invoice credited = issued().credit(credit(issued(), 450));
        Payment debit = new Payment(PaymentId.random(), credited.id(), PaymentMethod.DIRECT_DEBIT, Money.ofCents(1450),
                DUE_ON.plusDays(1), "EF-AS-202609-1A2B3C4D", Instant.parse("2026-11-17T08:00:00Z"));

        Invoice collected = credited.collect(debit);

        assertThat(collected.balance()).isEqualTo(Money.ofCents(-450));
        assertThat(collected.status(DUE_ON.plusDays(2))).isEqualTo(InvoiceStatus.PAID);
        assertThatThrownBy(() -> credited.collect(payment(credited, 100))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rejected_direct_debit_leaves_the_invoice_unpaid_again() {
        Invoice invoice = issued();
        Payment debit = new Payment(PaymentId.random(), invoice.id(), PaymentMethod.DIRECT_DEBIT, Money.ofCents(1450),
                DUE_ON.plusDays(1), "EF-AS-202609-1A2B3C4D", Instant.parse("2026-11-17T08:00:00Z"));

        Invoice rejected = invoice.collect(debit).withoutPayment(debit.id());

        assertThat(rejected.balance()).isEqualTo(Money.ofCents(1450));
        assertThat(rejected.status(DUE_ON.plusDays(5))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThatThrownBy(() -> rejected.withoutPayment(debit.id())).isInstanceOf(IllegalArgumentException.class);
    }
}
