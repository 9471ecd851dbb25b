package fr.espacefamille.domain.family;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a school (école). */
public record SchoolId(UUID value) {

    public SchoolId {
        Objects.requireNonNull(value, "SchoolId");
    }

    public static SchoolId random() {
        return new SchoolId(UUID.randomUUID());
    }

    public static Optional<SchoolId> parse(String text) {
        return Ids.parse(text).map(SchoolId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
