package fr.espacefamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a direct-debit file (fichier de prélèvement). */
public record DirectDebitFileId(UUID value) {

    public DirectDebitFileId {
        Objects.requireNonNull(value, "DirectDebitFileId");
    }

    public static DirectDebitFileId random() {
        return new DirectDebitFileId(UUID.randomUUID());
    }

    public static Optional<DirectDebitFileId> parse(String text) {
        return Ids.parse(text).map(DirectDebitFileId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
