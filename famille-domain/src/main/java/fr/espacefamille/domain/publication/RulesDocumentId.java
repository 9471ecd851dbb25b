package fr.espacefamille.domain.publication;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a rules document. */
public record RulesDocumentId(UUID value) {

    public RulesDocumentId {
        Objects.requireNonNull(value, "RulesDocumentId");
    }

    public static RulesDocumentId random() {
        return new RulesDocumentId(UUID.randomUUID());
    }

    public static Optional<RulesDocumentId> parse(String text) {
        return Ids.parse(text).map(RulesDocumentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
