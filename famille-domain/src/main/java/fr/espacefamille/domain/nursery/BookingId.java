package fr.espacefamille.domain.nursery;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of an occasional-care booking. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "BookingId");
    }

    public static BookingId random() {
        return new BookingId(UUID.randomUUID());
    }

    public static Optional<BookingId> parse(String text) {
        return Ids.parse(text).map(BookingId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
