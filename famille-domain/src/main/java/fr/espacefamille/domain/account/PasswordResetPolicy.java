package fr.espacefamille.domain.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of a forgotten password: a reset link works for one hour, and at most five reset mails
 * go to one person per hour, so that the portal cannot be used to flood a parent's mailbox.
 */
public final class PasswordResetPolicy {

    public static final Duration LINK_VALIDITY = Duration.ofHours(1);
    public static final int MAX_REQUESTS = 5;
    public static final Duration REQUEST_WINDOW = Duration.ofHours(1);

    private PasswordResetPolicy() {
    }

    public static Instant linkExpiresAt(Instant issuedAt) {
        return issuedAt.plus(LINK_VALIDITY);
    }

    /** A link expiring at {@code expiresAt} works strictly before that instant. */
    public static boolean linkIsLive(Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Whether a mail may go out for a request that is the {@code requestsInWindow}-th of its hour (itself included). */
    public static boolean mayMail(int requestsInWindow) {
        return requestsInWindow <= MAX_REQUESTS;
    }
}
