package fr.espacefamille.application.payment;

import static fr.espacefamille.application.payment.CardPaymentTestbed.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.payment.AttemptStatus;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

class StartCardPaymentTest {

    private static final Iban IBAN = new Iban("FR7630006000011234567890189");

    private final CardPaymentTestbed bed = new CardPaymentTestbed();
    private final Family martin = bed.family("Martin");
    private final Actor parent = bed.parentOf(martin);
    private final Invoice invoice = bed.invoice(martin, 1550);

    private StartCardPayment.Started start(Actor actor, Invoice which) {
        return bed.start().start(actor, new StartCardPayment.Command(which.id()));
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.refusal().code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void asks_the_whole_remaining_balance_under_a_new_reference_for_each_attempt() {
        Payment cash = new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CASH, Money.ofCents(550),
                LocalDate.of(2026, 10, 1), null, Instant.EPOCH);
        bed.invoices.addPayment(invoice.record(cash), cash, null);

        StartCardPayment.Started first = start(parent, invoice);
        StartCardPayment.Started second = start(parent, invoice);

        assertThat(first.form().fields()).containsEntry("PBX_TOTAL", "1000").containsEntry("PBX_CMD", first.reference().value());
        assertThat(first.reference().value()).startsWith("AS2026000001-").matches("[A-Za-z0-9_-]+");
        assertThat(second.reference()).isNotEqualTo(first.reference());
        PaymentAttempt attempt = bed.attempts.byReference(first.reference()).orElseThrow();
        assertThat(attempt.status()).isEqualTo(AttemptStatus.PENDING);
        assertThat(attempt.amount()).isEqualTo(Money.ofCents(1000));
        assertThat(attempt.payer()).isEqualTo(parent.accountId());
    }

    @Test
    void the_payer_is_the_guardian_s_account_email_billed_at_the_family_s_address() {
        StartCardPayment.Started started = start(parent, invoice);

        assertThat(started.form().fields()).containsEntry("PBX_PORTEUR", "martin@example.fr")
                .containsEntry("PBX_BILLING", "Camille Martin, 1 rue de la Loire, 44480 Donges");
        assertThat(bed.auditLog.between(Instant.EPOCH, Instant.MAX, 10)).extracting(e -> e.action()).contains("CARD_PAYMENT_STARTED");
    }

    @Test
    void refuses_an_invoice_with_nothing_left_to_pay() {
        Payment cheque = new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CHEQUE, Money.ofCents(1550),
                LocalDate.of(2026, 10, 1), "1234", Instant.EPOCH);
        bed.invoices.addPayment(invoice.record(cheque), cheque, null);

        assertThat(code(() -> start(parent, invoice))).isEqualTo("NOTHING_TO_PAY");
    }

    @Test
    void refuses_a_family_paying_the_regie_by_direct_debit_but_not_for_the_other_regie() {
        bed.directDebits.add(DirectDebitMandate.sign("EF-PE-2026-AAAAAAAAAA", martin.id(), Regie.EARLY_CHILDHOOD, "Camille Martin",
                IBAN, LocalDate.of(2026, 9, 1), true));
        assertThat(start(parent, invoice).form().fields()).containsEntry("PBX_TOTAL", "1550");

        bed.directDebits.add(DirectDebitMandate.sign("EF-AS-2026-AAAAAAAAAA", martin.id(), Regie.SCHOOL, "Camille Martin",
                IBAN, LocalDate.of(2026, 9, 1), true));
        assertThat(code(() -> start(parent, invoice))).isEqualTo("DIRECT_DEBIT_FAMILY");
    }

    @Test
    void another_family_s_invoice_is_not_found_and_staff_do_not_pay_by_card() {
        Family nguyen = bed.family("Nguyen");
        Actor other = bed.parentOf(nguyen);

        assertThat(code(() -> start(other, invoice))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> start(FINANCE, invoice))).isEqualTo("FORBIDDEN");
        assertThatThrownBy(() -> start(other, invoice)).isInstanceOf(RefusedException.class);
    }
}
