package fr.espacefamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a payment recorded against an invoice. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "PaymentId");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    public static Optional<PaymentId> parse(String text) {
        return Ids.parse(text).map(PaymentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
