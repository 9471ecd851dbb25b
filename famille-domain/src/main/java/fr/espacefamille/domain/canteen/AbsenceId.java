package fr.espacefamille.domain.canteen;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a reported absence. */
public record AbsenceId(UUID value) {

    public AbsenceId {
        Objects.requireNonNull(value, "AbsenceId");
    }

    public static AbsenceId random() {
        return new AbsenceId(UUID.randomUUID());
    }

    public static Optional<AbsenceId> parse(String text) {
        return Ids.parse(text).map(AbsenceId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
