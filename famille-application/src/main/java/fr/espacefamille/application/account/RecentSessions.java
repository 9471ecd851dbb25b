package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fr.espacefamille.domain.account.AccountId;

/**
 * {@link Sessions} that remembers, for {@link #FRESHNESS}, the sessions it has just read: every
 * request reads its session first, and a parent's clicks or a page's calls come in quick
 * succession. What goes through this instance is seen at once (it forgets what it changes); a
 * sign-out or a password reset made on another instance sharing the database takes effect here
 * at most {@link #FRESHNESS} later. Unknown tokens are never remembered, so guessing fills nothing.
 */
public final class RecentSessions implements Sessions {

    static final Duration FRESHNESS = Duration.ofSeconds(2);
    static final int CAPACITY = 10_000;

    private record Read(Session session, Instant at) {
    }

    private final Sessions sessions;
    private final Clock ticker;
    private final Map<String, Read> recent = new ConcurrentHashMap<>();

    /** {@code ticker} measures freshness only: the system clock, even when the business clock is frozen. */
    public RecentSessions(Sessions sessions, Clock ticker) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    @Override
    public Optional<Session> byTokenDigest(String digest) {
        Instant now = ticker.instant();
        Read read = recent.get(digest);
        if (read != null && now.isBefore(read.at().plus(FRESHNESS)) && !now.isBefore(read.at())) {
            return Optional.of(read.session());
        }
        Optional<Session> session = sessions.byTokenDigest(digest);
        if (session.isPresent()) {
            if (recent.size() >= CAPACITY) {
                recent.clear();
            }
            recent.put(digest, new Read(session.get(), now));
        } else {
            recent.remove(digest);
        }
        return session;
    }

    @Override
    public void add(Session session) {
        sessions.add(session);
    }

    @Override
    public void touch(String tokenDigest, Instant at) {
        sessions.touch(tokenDigest, at);
        recent.remove(tokenDigest);
    }

    @Override
    public void remove(String tokenDigest) {
        sessions.remove(tokenDigest);
        recent.remove(tokenDigest);
    }

    @Override
    public void removeAllOf(AccountId account, String keepDigest) {
        sessions.removeAllOf(account, keepDigest);
        recent.values().removeIf(read -> read.session().account().equals(account)
                && !read.session().tokenDigest().equals(keepDigest));
    }
}
