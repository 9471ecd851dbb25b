package fr.espacefamille.application.account;

import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;

/**
 * Out-port: the live password-reset link of each account, kept only as the digest of its token.
 * One per account, so that a newer request kills the older link.
 */
public interface PasswordResets {

    record StoredReset(AccountId account, String digest, Instant expiresAt, Instant issuedAt) {
    }

    /** Stores the account's new link, killing any previous one. */
    void replace(StoredReset reset);

    Optional<StoredReset> byDigest(String digest);

    /** Removes the link with this digest; true only for the one caller that removed it (single use). */
    boolean consume(String digest);

    /** Removes the account's link, if any (its password changed another way). */
    void removeOf(AccountId account);
}
