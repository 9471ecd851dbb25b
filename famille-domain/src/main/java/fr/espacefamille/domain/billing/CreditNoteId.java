package fr.espacefamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a credit note (avoir). */
public record CreditNoteId(UUID value) {

    public CreditNoteId {
        Objects.requireNonNull(value, "CreditNoteId");
    }

    public static CreditNoteId random() {
        return new CreditNoteId(UUID.randomUUID());
    }

    public static Optional<CreditNoteId> parse(String text) {
        return Ids.parse(text).map(CreditNoteId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
