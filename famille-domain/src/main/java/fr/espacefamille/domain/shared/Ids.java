package fr.espacefamille.domain.shared;

import java.util.Optional;
import java.util.UUID;

/** Parsing of opaque identifiers given by the outside world. */
public final class Ids {

    private Ids() {
    }

    /** The UUID written in {@code text}, or empty when it is not one (never an exception). */
    public static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(text);
            return uuid.toString().equalsIgnoreCase(text) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
