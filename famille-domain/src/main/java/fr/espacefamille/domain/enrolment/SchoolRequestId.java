package fr.espacefamille.domain.enrolment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of an enrolment request. */
public record SchoolRequestId(UUID value) {

    public SchoolRequestId {
        Objects.requireNonNull(value, "SchoolRequestId");
    }

    public static SchoolRequestId random() {
        return new SchoolRequestId(UUID.randomUUID());
    }

    public static Optional<SchoolRequestId> parse(String text) {
        return Ids.parse(text).map(SchoolRequestId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
