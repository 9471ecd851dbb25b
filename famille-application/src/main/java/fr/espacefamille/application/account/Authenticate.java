package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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

    public Optional<Authenticated> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String digest = Secrets.digest(token);
        Instant now = clock.instant();
        Optional<SignedIn> signedIn = sessions.signedIn(digest, recentAccount)
                .filter(s -> SessionPolicy.isLive(s.session(), now));
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        // an account read with its session is remembered as if read alone (the one already remembered is kept)
        Account account = accounts.recent(signedIn.get().account());
        if (SessionPolicy.needsTouch(signedIn.get().session(), now)) {
            sessions.touch(digest, now);
        }
        return Optional.of(new Authenticated(actorOf(account), account, digest));
    }

    public static Actor actorOf(Account account) {
        return new Actor(account.id(), account.username().value(), account.role(), account.familyId(), account.guardianId());
    }
}
