package fr.espacefamille.domain.publication;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a news item. */
public record NewsId(UUID value) {

    public NewsId {
        Objects.requireNonNull(value, "NewsId");
    }

    public static NewsId random() {
        return new NewsId(UUID.randomUUID());
    }

    public static Optional<NewsId> parse(String text) {
        return Ids.parse(text).map(NewsId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
