package fr.espacefamille.domain.commission;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of an offer of a place. */
public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "OfferId");
    }

    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    public static Optional<OfferId> parse(String text) {
        return Ids.parse(text).map(OfferId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
