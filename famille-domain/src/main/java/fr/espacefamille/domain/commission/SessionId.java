package fr.espacefamille.domain.commission;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a commission session. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "SessionId");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static Optional<SessionId> parse(String text) {
        return Ids.parse(text).map(SessionId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
