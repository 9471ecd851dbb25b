package fr.espacefamille.application.payment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import fr.espacefamille.domain.payment.PaymentAnomaly;

/**
 * Out-port: the verified notifications already handled, keyed on (reference, transaction) so that
 * each is acted on once whatever the provider resends, and the payment anomalies they raised.
 */
public interface PaymentNotifications {

    /** A handled notification; {@code transaction} is empty when the provider gave none (a cancellation). */
    record Received(String reference, String transaction, String query, Instant receivedAt, String outcome) {
        public Received {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Adds the notification unless one with the same reference and transaction is there: false then. */
    boolean addIfNew(Received notification);

    void addAnomaly(PaymentAnomaly anomaly);

    /** Every anomaly, the latest first. */
    List<PaymentAnomaly> anomalies();
}
