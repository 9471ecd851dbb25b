package fr.espacefamille.application.account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;

/** Out-port: signed-in sessions, kept in the database so they survive restarts and span instances. */
public interface Sessions {

    record Session(String tokenDigest, AccountId account, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    void add(Session session);

    Optional<Session> byTokenDigest(String digest);

    /** A session with its account. */
    record SignedIn(Session session, Account account) {
    }

    /**
     * The session of {@code digest} with its account, when both exist: what every authenticated
     * request reads. This reads the session, then its account through {@code accounts}; a store
     * keeping both in one database reads them in one statement instead (a crowd of fresh tokens,
     * each used once, then costs one round trip apiece, not two).
     */
    default Optional<SignedIn> signedIn(String digest, Function<AccountId, Optional<Account>> accounts) {
        return byTokenDigest(digest).flatMap(session -> accounts.apply(session.account()).map(account -> new SignedIn(session, account)));
    }

    /**
     * {@link #signedIn(String, Function)} for many digests at once (unknown ones left out): a store in a
     * database reads them in one statement, so that a crowd of fresh tokens (1,000 parents at 8:00)
     * costs a round trip per batch, not per request.
     */
    default Map<String, SignedIn> signedInAmong(Collection<String> digests, Function<AccountId, Optional<Account>> accounts) {
        Map<String, SignedIn> found = new HashMap<>();
        digests.forEach(digest -> signedIn(digest, accounts).ifPresent(signedIn -> found.put(digest, signedIn)));
        return found;
    }

    /**
     * {@link #signedIn(String, Function)} answered later when reading it would wait behind other
     * requests: a web server then frees the request's thread meanwhile. Read at once here.
     */
    default CompletableFuture<Optional<SignedIn>> signedInSoon(String digest, Function<AccountId, Optional<Account>> accounts) {
        return CompletableFuture.completedFuture(signedIn(digest, accounts));
    }

    /** Moves the session's last use to {@code at}: {@link #touchAll} for one. */
    default void touch(String tokenDigest, Instant at) {
        touchAll(Map.of(tokenDigest, at));
    }

    /**
     * Moves each session's last use to its own instant (unknown digests left out): a store in a database writes them
     * in one round trip, so that a crowd back after a while (1,000 parents at 8:00, signed in the evening before)
     * costs no round trip and commit apiece.
     */
    void touchAll(Map<String, Instant> lastUses);

    void remove(String tokenDigest);

    /** Ends every session of the account but {@code keepDigest} (which may be null). */
    void removeAllOf(AccountId account, String keepDigest);
}
