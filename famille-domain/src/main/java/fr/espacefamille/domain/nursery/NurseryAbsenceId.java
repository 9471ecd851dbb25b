package fr.espacefamille.domain.nursery;

import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an absence report of a regular child. */
public record NurseryAbsenceId(UUID value) {

    public NurseryAbsenceId {
        Objects.requireNonNull(value, "NurseryAbsenceId");
    }

    public static NurseryAbsenceId random() {
        return new NurseryAbsenceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
