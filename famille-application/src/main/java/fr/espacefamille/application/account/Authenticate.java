package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.application.account.Sessions.SignedIn;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.ExpiringCache;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;

/** Turns a bearer token or session cookie into the acting person, if the session is live. */
public final class Authenticate {

    /** {@code account} may have been read up to {@link RecentSessions#FRESHNESS} ago: read it afresh before changing it. */
    public record Authenticated(Actor actor, Account account, String tokenDigest) {
    }

    private final Sessions sessions;
    private final Accounts accounts;
    private final Clock clock;
    /**
     * Accounts behind sessions, remembered as briefly as {@link RecentSessions} remembers sessions:
     * what makes the actor (id, username, role, family, guardian) never changes but once, when an applicant's request is accepted and it becomes a parent (seen at most that moment later), and use cases that
     * change an account read it afresh.
     */
    private final ExpiringCache<AccountId, Account> recentAccounts;

    /** {@code ticker} measures how fresh a remembered account is: the system clock, even when {@code clock} is frozen. */
    public Authenticate(Sessions sessions, Accounts accounts, Clock clock, Clock ticker) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
        this.recentAccounts = new ExpiringCache<>(RecentSessions.FRESHNESS, 10_000, ticker);
    }

    public Optional<Authenticated> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String digest = Secrets.digest(token);
        Instant now = clock.instant();
        Optional<SignedIn> signedIn = sessions.signedIn(digest, id -> recentAccounts.get(id, accounts::byId))
                .filter(s -> SessionPolicy.isLive(s.session(), now));
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        // an account read with its session is remembered as if read alone (the one already remembered is kept)
        Account account = recentAccounts.get(signedIn.get().account().id(), id -> Optional.of(signedIn.get().account())).orElseThrow();
        if (SessionPolicy.needsTouch(signedIn.get().session(), now)) {
            sessions.touch(digest, now);
        }
        return Optional.of(new Authenticated(actorOf(account), account, digest));
    }

    public static Actor actorOf(Account account) {
        return new Actor(account.id(), account.username().value(), account.role(), account.familyId(), account.guardianId());
    }
}
