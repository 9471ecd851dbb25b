package fr.espacefamille.domain.family;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a family (foyer). */
public record FamilyId(UUID value) {

    public FamilyId {
        Objects.requireNonNull(value, "FamilyId");
    }

    public static FamilyId random() {
        return new FamilyId(UUID.randomUUID());
    }

    public static Optional<FamilyId> parse(String text) {
        return Ids.parse(text).map(FamilyId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
