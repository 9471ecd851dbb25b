package fr.espacefamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of an invoice (facture) or a draft invoice. */
public record InvoiceId(UUID value) {

    public InvoiceId {
        Objects.requireNonNull(value, "InvoiceId");
    }

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }

    public static Optional<InvoiceId> parse(String text) {
        return Ids.parse(text).map(InvoiceId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
