package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import fr.espacefamille.application.shared.ExpiringCache;
import fr.espacefamille.application.shared.RequestBatcher;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;

/**
 * {@link Sessions} that remembers, for {@link #FRESHNESS}, the sessions it has just read: every
 * request reads its session first, and a parent's clicks or a page's calls come in quick
 * succession. What goes through this instance is seen at once (it forgets what it changes); a
 * sign-out or a password reset made on another instance sharing the database takes effect here
 * at most {@link #FRESHNESS} later.
 */
public final class RecentSessions implements Sessions {

    static final Duration FRESHNESS = Duration.ofSeconds(2);

    private final Sessions sessions;
    private final ExpiringCache<String, Session> recent;
    /**
     * Sessions never seen here, read in batches: a crowd of fresh tokens (1,000 parents at 8:00)
     * would otherwise cost a round trip apiece and take every database connection. One batch is read
     * at a time, by one of its requests, for those whose accounts come from the same function
     * (the key); the users already known read theirs again (every {@link #FRESHNESS}) on their own,
     * without waiting for the crowd.
     */
    private final RequestBatcher<Function<AccountId, Optional<Account>>, String, Optional<SignedIn>> unknown;
    /**
     * Touches, written in batches as {@link #unknown} reads: the requests of a crowd back after a minute or more
     * each touch their session, and one at a time they would hold a connection and a commit apiece. One key
     * ({@code Touch.class}): any touches may share a batch.
     */
    private final RequestBatcher<Class<Touch>, Touch, Void> touches;

    private record Touch(String tokenDigest, Instant at) {
    }

    /** {@code ticker} measures freshness only: the system clock, even when the business clock is frozen. */
    public RecentSessions(Sessions sessions, Clock ticker) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.recent = new ExpiringCache<>(FRESHNESS, 10_000, ticker);
        this.unknown = new RequestBatcher<>((accounts, digests) -> {
            Map<String, SignedIn> read = this.sessions.signedInAmong(digests, accounts);
            return digests.stream().map(digest -> Optional.ofNullable(read.get(digest))).toList();
        });
        this.touches = new RequestBatcher<>((key, batch) -> {
            // in one order (of digests), so that the batches of two instances never wait for each other's rows in a circle
            Map<String, Instant> lastUses = new TreeMap<>();
            batch.forEach(touch -> lastUses.merge(touch.tokenDigest(), touch.at(), (one, other) -> one.isAfter(other) ? one : other));
            touchAll(lastUses);
            return Collections.nCopies(batch.size(), (Void) null);
        });
    }

    @Override
    public Optional<Session> byTokenDigest(String digest) {
        return recent.get(digest, sessions::byTokenDigest);
    }

    /**
     * A remembered session takes its account from {@code accounts}; otherwise both come from the store at
     * once, in a batch with the other unknown digests asked meanwhile with the same {@code accounts}.
     */
    @Override
    public Optional<SignedIn> signedIn(String digest, Function<AccountId, Optional<Account>> accounts) {
        Optional<Session> known = recent.fresh(digest);
        if (known.isPresent()) {
            return known.flatMap(session -> accounts.apply(session.account()).map(account -> new SignedIn(session, account)));
        }
        return remembered(digest, recent.knows(digest) ? sessions.signedIn(digest, accounts) : unknown.submit(accounts, digest));
    }

    /**
     * {@link #signedIn} without waiting for the batch of unknown digests: the answer completes once that
     * batch is read, on the thread that read it. A remembered or known session is read at once.
     */
    @Override
    public CompletableFuture<Optional<SignedIn>> signedInSoon(String digest, Function<AccountId, Optional<Account>> accounts) {
        if (recent.knows(digest)) {
            return CompletableFuture.completedFuture(signedIn(digest, accounts));
        }
        return unknown.offer(accounts, digest).thenApply(read -> remembered(digest, read));
    }

    private Optional<SignedIn> remembered(String digest, Optional<SignedIn> read) {
        read.ifPresentOrElse(signedIn -> recent.remember(digest, signedIn.session()), () -> recent.forget(digest));
        return read;
    }

    @Override
    public void add(Session session) {
        sessions.add(session);
    }

    /** Written together with the touches other requests ask meanwhile; returns once written. */
    @Override
    public void touch(String tokenDigest, Instant at) {
        touches.submit(Touch.class, new Touch(tokenDigest, at));
    }

    @Override
    public void touchAll(Map<String, Instant> lastUses) {
        sessions.touchAll(lastUses);
        lastUses.keySet().forEach(recent::forget);
    }

    @Override
    public void remove(String tokenDigest) {
        sessions.remove(tokenDigest);
        recent.forget(tokenDigest);
    }

    @Override
    public void removeAllOf(AccountId account, String keepDigest) {
        sessions.removeAllOf(account, keepDigest);
        recent.forgetIf(session -> session.account().equals(account) && !session.tokenDigest().equals(keepDigest));
    }
}
