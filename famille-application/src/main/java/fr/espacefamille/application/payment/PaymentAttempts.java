package fr.espacefamille.application.payment;

import java.util.Optional;

import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentReference;

/** Out-port: card-payment attempts, one per reference. */
public interface PaymentAttempts {

    void add(PaymentAttempt attempt);

    /** Saves the attempt's new status and last response code. */
    void update(PaymentAttempt attempt);

    Optional<PaymentAttempt> byReference(PaymentReference reference);
}
