package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

class RecordPaymentTest {

    private static final LocalDate OCT_2 = LocalDate.of(2026, 10, 2);

    private final BillingTestbed bed = new BillingTestbed();
    private InvoiceId invoice;
    private InvoiceId nguyen;

    @BeforeEach
    void issueAnInvoiceOf15EurosAndAnother() {
        var martin = bed.family("Martin", 450);
        bed.meals(martin, 15, BOOKED_MEAL);
        bed.meals(bed.family("Nguyen", 450), 2, BOOKED_MEAL);
        var issued = bed.issue(SEPTEMBER).invoices();
        invoice = issued.stream().filter(i -> i.family().equals(martin.id())).findFirst().orElseThrow().id();
        nguyen = issued.stream().filter(i -> !i.family().equals(martin.id())).findFirst().orElseThrow().id();
    }

    private RecordPayment.Recorded pay(PaymentMethod method, long cents, String reference, String key) {
        return bed.recordPayment().record(FINANCE, new RecordPayment.Command(invoice, method, Money.ofCents(cents), OCT_2, reference, key));
    }

    private Invoice stored() {
        return bed.invoices.byId(invoice).orElseThrow();
    }

    @Test
    void partial_payments_then_the_rest_make_the_invoice_paid() {
        pay(PaymentMethod.CASH, 500, null, null);
        assertThat(stored().status(OCT_2)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        pay(PaymentMethod.CHEQUE, 1000, "0001234", null);

        assertThat(stored().balance()).isEqualTo(Money.ZERO);
        assertThat(stored().status(OCT_2)).isEqualTo(InvoiceStatus.PAID);
        assertThat(stored().payments()).extracting(p -> p.method()).containsExactly(PaymentMethod.CASH, PaymentMethod.CHEQUE);
    }

    @Test
    void a_payment_above_the_balance_is_refused_and_nothing_is_recorded() {
        pay(PaymentMethod.CASH, 1000, null, null);

        assertThat(refusalCode(() -> pay(PaymentMethod.CASH, 501, null, null))).isEqualTo("AMOUNT_EXCEEDS_BALANCE");
        assertThat(stored().paid()).isEqualTo(Money.ofCents(1000));
    }

    @Test
    void the_same_idempotency_key_records_the_payment_once() {
        RecordPayment.Recorded first = pay(PaymentMethod.CASH, 500, null, "clic-1");
        RecordPayment.Recorded again = pay(PaymentMethod.CASH, 500, null, "clic-1");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.replayed()).isTrue();
        assertThat(stored().payments()).hasSize(1);
    }

    @Test
    void a_key_already_used_for_another_invoice_is_a_conflict() {
        pay(PaymentMethod.CASH, 500, null, "clic-1");

        assertThat(refusalCode(() -> bed.recordPayment().record(FINANCE, new RecordPayment.Command(nguyen, PaymentMethod.CASH,
                Money.ofCents(100), OCT_2, null, "clic-1")))).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(bed.invoices.byId(nguyen).orElseThrow().payments()).isEmpty();
    }

    @Test
    void a_reference_is_recorded_once_per_invoice_and_method() {
        pay(PaymentMethod.CHEQUE, 500, "0001234", null);

        assertThat(refusalCode(() -> pay(PaymentMethod.CHEQUE, 500, "0001234", null))).isEqualTo("PAYMENT_ALREADY_RECORDED");
        pay(PaymentMethod.DIRECT_DEBIT, 500, "0001234", null);
        assertThat(stored().payments()).hasSize(2);
    }

    @Test
    void refuses_card_payments_amounts_below_one_cent_future_dates_and_unknown_invoices() {
        assertThat(refusalCode(() -> pay(PaymentMethod.CARD, 500, null, null))).isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> pay(PaymentMethod.CASH, 0, null, null))).isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> bed.recordPayment().record(FINANCE, new RecordPayment.Command(invoice, PaymentMethod.CASH,
                Money.ofCents(100), OCT_2.plusDays(1), null, null)))).isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> bed.recordPayment().record(FINANCE, new RecordPayment.Command(InvoiceId.random(), PaymentMethod.CASH,
                Money.ofCents(100), OCT_2, null, null)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void only_finance_staff_record_payments_and_each_payment_is_audited() {
        assertThatThrownBy(() -> bed.recordPayment().record(BillingTestbed.SCHOOL_AGENT, new RecordPayment.Command(invoice,
                PaymentMethod.CASH, Money.ofCents(100), OCT_2, null, null))).isInstanceOf(RefusedException.class);

        pay(PaymentMethod.CHEQUE, 500, "0001234", null);

        var entry = bed.auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10).stream()
                .filter(e -> e.action().equals("PAYMENT_RECORDED")).findFirst().orElseThrow();
        assertThat(entry.target()).isEqualTo(stored().number().toString());
        assertThat(entry.before()).contains("\"balanceCents\":1500");
        assertThat(entry.after()).contains("\"amountCents\":500").contains("\"balanceCents\":1000").contains("0001234");
    }
}
