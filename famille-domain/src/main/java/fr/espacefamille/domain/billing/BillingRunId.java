package fr.espacefamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a billing run. */
public record BillingRunId(UUID value) {

    public BillingRunId {
        Objects.requireNonNull(value, "BillingRunId");
    }

    public static BillingRunId random() {
        return new BillingRunId(UUID.randomUUID());
    }

    public static Optional<BillingRunId> parse(String text) {
        return Ids.parse(text).map(BillingRunId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
