package fr.espacefamille.domain.document;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a stored document. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "DocumentId");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    public static Optional<DocumentId> parse(String text) {
        return Ids.parse(text).map(DocumentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
