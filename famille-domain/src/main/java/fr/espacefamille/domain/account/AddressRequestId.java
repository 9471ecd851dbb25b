package fr.espacefamille.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a guardian's request to change the family's address. */
public record AddressRequestId(UUID value) {

    public AddressRequestId {
        Objects.requireNonNull(value, "AddressRequestId");
    }

    public static AddressRequestId random() {
        return new AddressRequestId(UUID.randomUUID());
    }

    public static Optional<AddressRequestId> parse(String text) {
        return Ids.parse(text).map(AddressRequestId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
