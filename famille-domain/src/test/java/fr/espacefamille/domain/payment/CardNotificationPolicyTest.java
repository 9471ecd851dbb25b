package fr.espacefamille.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.payment.CardNotificationPolicy.Verdict;
import fr.espacefamille.domain.shared.Money;

class CardNotificationPolicyTest {

    private static final Money AMOUNT = Money.ofCents(1550);
    private final PaymentAttempt attempt = PaymentAttempt.start(new PaymentReference("AS2026000001-ABC"), InvoiceId.random(),
            FamilyId.random(), AccountId.random(), AMOUNT, Instant.EPOCH);

    private Verdict judge(Money balance, String code, boolean authorised, Money received) {
        return CardNotificationPolicy.judge(attempt, balance, code, authorised, received);
    }

    @Test
    void records_an_authorised_success_of_the_attempt_s_amount_that_the_balance_takes() {
        assertThat(judge(AMOUNT, "00000", true, AMOUNT)).isEqualTo(Verdict.RECORD_PAYMENT);
        assertThat(Verdict.RECORD_PAYMENT.status()).isEqualTo(AttemptStatus.PAID);
    }

    @Test
    void another_amount_is_an_anomaly_even_a_smaller_one() {
        assertThat(judge(AMOUNT, "00000", true, Money.ofCents(1549))).isEqualTo(Verdict.WRONG_AMOUNT);
        assertThat(judge(AMOUNT, "00000", true, Money.ofCents(1551))).isEqualTo(Verdict.WRONG_AMOUNT);
        assertThat(Verdict.WRONG_AMOUNT.anomaly()).isTrue();
    }

    @Test
    void a_balance_smaller_than_the_amount_is_an_anomaly_so_that_a_payment_never_exceeds_it() {
        assertThat(judge(Money.ofCents(1000), "00000", true, AMOUNT)).isEqualTo(Verdict.EXCEEDS_BALANCE);
        assertThat(judge(Money.ZERO, "00000", true, AMOUNT)).as("a second success of a paid attempt").isEqualTo(Verdict.EXCEEDS_BALANCE);
    }

    @Test
    void a_success_without_authorisation_number_is_not_believed_as_a_payment() {
        assertThat(judge(AMOUNT, "00000", false, AMOUNT)).isEqualTo(Verdict.NOT_AUTHORISED);
        assertThat(Verdict.NOT_AUTHORISED.status()).isEqualTo(AttemptStatus.ANOMALY);
    }

    @Test
    void other_codes_are_refusals_cancellations_or_waiting_never_payments() {
        assertThat(judge(AMOUNT, "00151", true, AMOUNT)).isEqualTo(Verdict.REFUSED);
        assertThat(judge(AMOUNT, "00004", false, AMOUNT)).isEqualTo(Verdict.REFUSED);
        assertThat(judge(AMOUNT, "00001", false, AMOUNT)).isEqualTo(Verdict.CANCELLED);
        assertThat(judge(AMOUNT, "99999", false, AMOUNT)).isEqualTo(Verdict.PENDING);
        assertThat(Verdict.REFUSED.anomaly()).isFalse();
    }
}
