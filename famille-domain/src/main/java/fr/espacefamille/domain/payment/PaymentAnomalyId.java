package fr.espacefamille.domain.payment;

import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a payment anomaly. */
public record PaymentAnomalyId(UUID value) {

    public PaymentAnomalyId {
        Objects.requireNonNull(value, "PaymentAnomalyId");
    }

    public static PaymentAnomalyId random() {
        return new PaymentAnomalyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
