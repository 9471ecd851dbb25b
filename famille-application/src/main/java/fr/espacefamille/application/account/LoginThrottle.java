package fr.espacefamille.application.account;

import java.time.Duration;
import java.time.Instant;

import fr.espacefamille.application.shared.Transactions;

/**
 * Counts failed password checks per login (lower-cased): after {@value #MAX_FAILURES} failures
 * within {@link #WINDOW}, the login is locked for {@link #LOCKOUT}, right password or not.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final LoginAttempts attempts;
    private final Transactions transactions;

    LoginThrottle(LoginAttempts attempts, Transactions transactions) {
        this.attempts = attempts;
        this.transactions = transactions;
    }

    boolean isLocked(String login, Instant now) {
        return attempts.lockedUntil(login).filter(now::isBefore).isPresent();
    }

    void recordFailure(String login, Instant now) {
        transactions.run(() -> {
            if (attempts.recordFailure(login, now, now.minus(WINDOW)) >= MAX_FAILURES) {
                attempts.lock(login, now.plus(LOCKOUT));
            }
        });
    }

    void clear(String login) {
        attempts.clear(login);
    }
}
