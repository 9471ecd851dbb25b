package fr.espacefamille.application.account;

import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;

/**
 * Out-port: the pending email confirmation of applicant accounts, kept only as the digest of the
 * link's token. An account with a pending confirmation cannot sign in; confirming removes it.
 */
public interface EmailConfirmations {

    record PendingConfirmation(AccountId account, String digest, Instant expiresAt, Instant issuedAt) {
    }

    /** Stores the account's new link, killing any previous one. */
    void replace(PendingConfirmation pending);

    Optional<PendingConfirmation> byDigest(String digest);

    /** The account's pending confirmation; empty once the email is confirmed (or was never to be). */
    Optional<PendingConfirmation> of(AccountId account);

    /** Removes the confirmation with this digest; true only for the one caller that removed it (single use). */
    boolean consume(String digest);
}
