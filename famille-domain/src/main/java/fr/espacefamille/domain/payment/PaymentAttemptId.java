package fr.espacefamille.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a card-payment attempt. */
public record PaymentAttemptId(UUID value) {

    public PaymentAttemptId {
        Objects.requireNonNull(value, "PaymentAttemptId");
    }

    public static PaymentAttemptId random() {
        return new PaymentAttemptId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
