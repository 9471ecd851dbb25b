package fr.espacefamille.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

class PaymentAttemptTest {

    private final PaymentAttempt attempt = PaymentAttempt.start(new PaymentReference("PE2026000045-K7Q2"), InvoiceId.random(),
            FamilyId.random(), AccountId.random(), Money.ofCents(800), Instant.EPOCH);

    @Test
    void a_refusal_is_not_final_a_later_success_pays_the_attempt() {
        Instant later = Instant.EPOCH.plusSeconds(60);
        PaymentAttempt refused = attempt.answered(AttemptStatus.REFUSED, "00151", "Paiement refusé par la banque", later);
        PaymentAttempt paid = refused.answered(AttemptStatus.PAID, "00000", "Paiement accepté", later);

        assertThat(refused.status()).isEqualTo(AttemptStatus.REFUSED);
        assertThat(paid.status()).isEqualTo(AttemptStatus.PAID);
        assertThat(paid.updatedAt()).isEqualTo(later);
    }

    @Test
    void a_paid_attempt_stays_paid_whatever_comes_after() {
        PaymentAttempt paid = attempt.answered(AttemptStatus.PAID, "00000", "Paiement accepté", Instant.EPOCH);

        assertThat(paid.answered(AttemptStatus.REFUSED, "00151", "Refusé", Instant.EPOCH).status()).isEqualTo(AttemptStatus.PAID);
        assertThat(paid.answered(AttemptStatus.ANOMALY, "00000", "Accepté", Instant.EPOCH).status()).isEqualTo(AttemptStatus.PAID);
    }

    @Test
    void the_reference_names_the_invoice_and_travels_unchanged() {
        PaymentReference reference = PaymentReference.of(new InvoiceNumber(Regie.SCHOOL, 2026, 123), "K7Q2M9XA");

        assertThat(reference.value()).isEqualTo("AS2026000123-K7Q2M9XA");
        assertThatThrownBy(() -> new PaymentReference("AS 2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentReference("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentReference("x".repeat(251))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentReference.parse("AS2026000123-K7Q2M9XA")).contains(reference);
        assertThat(PaymentReference.parse("AS2026000123 K7")).isEmpty();
        assertThat(PaymentReference.parse(null)).isEmpty();
    }

    @Test
    void an_attempt_pays_a_positive_amount() {
        assertThatThrownBy(() -> PaymentAttempt.start(new PaymentReference("A-1"), InvoiceId.random(), FamilyId.random(),
                AccountId.random(), Money.ZERO, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
