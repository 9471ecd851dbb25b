package fr.espacefamille.domain.family;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a guardian (responsable légal). */
public record GuardianId(UUID value) {

    public GuardianId {
        Objects.requireNonNull(value, "GuardianId");
    }

    public static GuardianId random() {
        return new GuardianId(UUID.randomUUID());
    }

    public static Optional<GuardianId> parse(String text) {
        return Ids.parse(text).map(GuardianId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
