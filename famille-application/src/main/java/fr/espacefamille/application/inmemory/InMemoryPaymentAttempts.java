package fr.espacefamille.application.inmemory;

import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.payment.PaymentAttempts;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentReference;

/** In-memory {@link PaymentAttempts}. */
public final class InMemoryPaymentAttempts implements PaymentAttempts {

    private final Map<PaymentReference, PaymentAttempt> attempts;

    public InMemoryPaymentAttempts(InMemoryTransactions transactions) {
        this.attempts = new InMemoryMap<PaymentReference, PaymentAttempt>(transactions).map();
    }

    @Override
    public void add(PaymentAttempt attempt) {
        if (attempts.putIfAbsent(attempt.reference(), attempt) != null) {
            throw new IllegalStateException("Payment reference already used: " + attempt.reference());
        }
    }

    @Override
    public void update(PaymentAttempt attempt) {
        if (attempts.replace(attempt.reference(), attempt) == null) {
            throw new IllegalStateException("Unknown payment attempt: " + attempt.reference());
        }
    }

    @Override
    public Optional<PaymentAttempt> byReference(PaymentReference reference) {
        return Optional.ofNullable(attempts.get(reference));
    }
}
