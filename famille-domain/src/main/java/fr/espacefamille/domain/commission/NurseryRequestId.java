package fr.espacefamille.domain.commission;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a nursery pre-registration. */
public record NurseryRequestId(UUID value) {

    public NurseryRequestId {
        Objects.requireNonNull(value, "NurseryRequestId");
    }

    public static NurseryRequestId random() {
        return new NurseryRequestId(UUID.randomUUID());
    }

    public static Optional<NurseryRequestId> parse(String text) {
        return Ids.parse(text).map(NurseryRequestId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
