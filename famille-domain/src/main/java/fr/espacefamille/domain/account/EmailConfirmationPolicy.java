package fr.espacefamille.domain.account;

import java.time.Duration;
import java.time.Instant;

/** An applicant account confirms its email with a single-use link that works for 24 hours (§8). */
public final class EmailConfirmationPolicy {

    public static final Duration LINK_VALIDITY = Duration.ofHours(24);

    private EmailConfirmationPolicy() {
    }

    public static Instant linkExpiresAt(Instant issuedAt) {
        return issuedAt.plus(LINK_VALIDITY);
    }

    /** A link expiring at {@code expiresAt} works strictly before that instant. */
    public static boolean linkIsLive(Instant expiresAt, Instant now) {
        return now.isBefore(expiresAt);
    }
}
