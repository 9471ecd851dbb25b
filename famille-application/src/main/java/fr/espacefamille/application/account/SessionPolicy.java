package fr.espacefamille.application.account;

import java.time.Duration;
import java.time.Instant;

import fr.espacefamille.application.account.Sessions.Session;

/** How long a session lives: 12 hours at most, 30 minutes without use. */
public final class SessionPolicy {

    public static final Duration LIFETIME = Duration.ofHours(12);
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** Last-use times are written at most once a minute, so reads do not all become writes. */
    static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private SessionPolicy() {
    }

    public static boolean isLive(Session session, Instant now) {
        return now.isBefore(session.expiresAt()) && now.isBefore(session.lastUsedAt().plus(IDLE));
    }

    /** Opens a new session of {@code account} under a fresh random token (a token planted before sign-in is worthless). */
    static SignIn.SignedIn open(Sessions sessions, fr.espacefamille.domain.account.Account account, Instant now) {
        String token = fr.espacefamille.application.shared.Secrets.newToken();
        Instant expiresAt = now.plus(LIFETIME);
        sessions.add(new Session(fr.espacefamille.application.shared.Secrets.digest(token), account.id(), now, now, expiresAt));
        return new SignIn.SignedIn(token, account, expiresAt);
    }

    static boolean needsTouch(Session session, Instant now) {
        return !now.isBefore(session.lastUsedAt().plus(TOUCH_GRANULARITY));
    }
}
