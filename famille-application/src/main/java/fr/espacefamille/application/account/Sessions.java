package fr.espacefamille.application.account;

import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;

/** Out-port: signed-in sessions, kept in the database so they survive restarts and span instances. */
public interface Sessions {

    record Session(String tokenDigest, AccountId account, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    void add(Session session);

    Optional<Session> byTokenDigest(String digest);

    void touch(String tokenDigest, Instant at);

    void remove(String tokenDigest);

    /** Ends every session of the account but {@code keepDigest} (which may be null). */
    void removeAllOf(AccountId account, String keepDigest);
}
