package fr.espacefamille.application.account;

import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/**
 * Out-port: which portal account each FranceConnect identity signs in to (one identity per
 * account and one account per identity), and identities waiting to be linked, under the digest of
 * a random token held by the person's browser.
 */
public interface FranceConnectLinks {

    Optional<AccountId> accountOf(String subject);

    Optional<String> subjectOf(AccountId account);

    /** False when the identity or the account is already linked. */
    boolean link(String subject, AccountId account, Instant at);

    /** False when the account had no link. */
    boolean unlink(AccountId account);

    void holdPending(String digest, FranceConnectIdentity identity, Instant expiresAt);

    /** The identity waiting under {@code digest}, unless it expired by {@code now}. */
    Optional<FranceConnectIdentity> pending(String digest, Instant now);

    void removePending(String digest);
}
