package fr.espacefamille.domain.family;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of an enrolment of a child in a service. */
public record EnrolmentId(UUID value) {

    public EnrolmentId {
        Objects.requireNonNull(value, "EnrolmentId");
    }

    public static EnrolmentId random() {
        return new EnrolmentId(UUID.randomUUID());
    }

    public static Optional<EnrolmentId> parse(String text) {
        return Ids.parse(text).map(EnrolmentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
