package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

import fr.espacefamille.application.shared.ExpiringCache;
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
    /**
     * Sessions never seen here read from the store at once, at most. A crowd of fresh tokens (1,000
     * parents at 8:00) would otherwise take every database connection and queue every other request
     * behind its reads; held to six (of the pool's ten), the rest stays free for the users already
     * known, whose sessions are read again (every {@link #FRESHNESS}) without waiting for the crowd.
     */
    static final int READS_AT_ONCE = 6;

    private final Sessions sessions;
    private final ExpiringCache<String, Session> recent;
    private final Semaphore reads = new Semaphore(READS_AT_ONCE, true);

    /** {@code ticker} measures freshness only: the system clock, even when the business clock is frozen. */
    public RecentSessions(Sessions sessions, Clock ticker) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.recent = new ExpiringCache<>(FRESHNESS, 10_000, ticker);
    }

    @Override
    public Optional<Session> byTokenDigest(String digest) {
        return recent.get(digest, d -> gated(d, () -> sessions.byTokenDigest(d)));
    }

    /** A remembered session takes its account from {@code accounts}; otherwise both come from the store at once. */
    @Override
    public Optional<SignedIn> signedIn(String digest, Function<AccountId, Optional<Account>> accounts) {
        Optional<Session> known = recent.fresh(digest);
        if (known.isPresent()) {
            return known.flatMap(session -> accounts.apply(session.account()).map(account -> new SignedIn(session, account)));
        }
        Optional<SignedIn> read = gated(digest, () -> sessions.signedIn(digest, accounts));
        read.ifPresentOrElse(signedIn -> recent.remember(digest, signedIn.session()), () -> recent.forget(digest));
        return read;
    }

    private <T> T gated(String digest, Supplier<T> read) {
        if (recent.knows(digest)) {
            return read.get();
        }
        reads.acquireUninterruptibly();
        try {
            return read.get();
        } finally {
            reads.release();
        }
    }

    @Override
    public void add(Session session) {
        sessions.add(session);
    }

    @Override
    public void touch(String tokenDigest, Instant at) {
        sessions.touch(tokenDigest, at);
        recent.forget(tokenDigest);
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
