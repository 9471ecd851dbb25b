package fr.espacefamille.domain.family;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a child. */
public record ChildId(UUID value) {

    public ChildId {
        Objects.requireNonNull(value, "ChildId");
    }

    public static ChildId random() {
        return new ChildId(UUID.randomUUID());
    }

    public static Optional<ChildId> parse(String text) {
        return Ids.parse(text).map(ChildId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
