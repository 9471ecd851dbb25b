package fr.espacefamille.domain.billing;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a direct-debit mandate (mandat de prélèvement). */
public record MandateId(UUID value) {

    public MandateId {
        Objects.requireNonNull(value, "MandateId");
    }

    public static MandateId random() {
        return new MandateId(UUID.randomUUID());
    }

    public static Optional<MandateId> parse(String text) {
        return Ids.parse(text).map(MandateId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
