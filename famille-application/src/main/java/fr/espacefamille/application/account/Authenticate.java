package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.application.account.Sessions.Session;
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
    private final Clock clock;

    public Authenticate(Sessions sessions, RecentAccounts accounts, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Optional<Authenticated> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String digest = Secrets.digest(token);
        Instant now = clock.instant();
        Optional<Session> session = sessions.byTokenDigest(digest).filter(s -> SessionPolicy.isLive(s, now));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.recent(session.get().account());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (SessionPolicy.needsTouch(session.get(), now)) {
            sessions.touch(digest, now);
        }
        return Optional.of(new Authenticated(actorOf(account.get()), account.get(), digest));
    }

    public static Actor actorOf(Account account) {
        return new Actor(account.id(), account.username().value(), account.role(), account.familyId(), account.guardianId());
    }
}
