package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import fr.espacefamille.application.account.Sessions.SignedIn;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;

/** Turns a bearer token or session cookie into the acting person, if the session is live. */
public final class Authenticate {

    /** {@code account} may have been read up to {@link RecentSessions#FRESHNESS} ago: read it afresh before changing it. */
    public record Authenticated(Actor actor, Account account, String tokenDigest) {
    }

    private final Sessions sessions;
    /** Remembered as briefly as {@link RecentSessions} remembers sessions, and forgotten when changed through it. */
    private final RecentAccounts accounts;
    /** One function for every request: {@link RecentSessions} reads unknown sessions in batches per function. */
    private final Function<AccountId, Optional<Account>> recentAccount;
    private final Clock clock;

    public Authenticate(Sessions sessions, RecentAccounts accounts, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.recentAccount = accounts::recent;
        this.clock = clock;
    }

    /** A token's session as read from the store, not yet checked live nor touched: {@link #byToken(Read)} finishes it. */
    public static final class Read {
        private static final Read NONE = new Read(null, Optional.empty());
        private final String digest;
        private final Optional<SignedIn> signedIn;

        private Read(String digest, Optional<SignedIn> signedIn) {
            this.digest = digest;
            this.signedIn = signedIn;
        }
    }

    public Optional<Authenticated> byToken(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        String digest = Secrets.digest(token);
        return byToken(new Read(digest, sessions.signedIn(digest, recentAccount)));
    }

    /**
     * Reads {@code token}'s session without waiting when a crowd's fresh sessions are being read: the
     * answer completes once its batch is read, and {@link #byToken(Read)} then finishes as {@link #byToken(String)}.
     */
    public CompletableFuture<Read> read(String token) {
        if (!plausible(token)) {
            return CompletableFuture.completedFuture(Read.NONE);
        }
        String digest = Secrets.digest(token);
        return sessions.signedInSoon(digest, recentAccount).thenApply(signedIn -> new Read(digest, signedIn));
    }

    public Optional<Authenticated> byToken(Read read) {
        Instant now = clock.instant();
        Optional<SignedIn> signedIn = read.signedIn.filter(s -> SessionPolicy.isLive(s.session(), now));
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        // an account read with its session is remembered as if read alone (the one already remembered is kept)
        Account account = accounts.recent(signedIn.get().account());
        if (SessionPolicy.needsTouch(signedIn.get().session(), now)) {
            sessions.touch(read.digest, now);
        }
        return Optional.of(new Authenticated(actorOf(account), account, read.digest));
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 200;
    }

    public static Actor actorOf(Account account) {
        return new Actor(account.id(), account.username().value(), account.role(), account.familyId(), account.guardianId());
    }
}
