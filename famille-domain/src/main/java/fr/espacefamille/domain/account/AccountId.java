package fr.espacefamille.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.espacefamille.domain.shared.Ids;

/** Opaque identifier of a user account. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "AccountId");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static Optional<AccountId> parse(String text) {
        return Ids.parse(text).map(AccountId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
