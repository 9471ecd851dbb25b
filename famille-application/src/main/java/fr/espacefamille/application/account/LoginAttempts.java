package fr.espacefamille.application.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Out-port: failed sign-in attempts per login as typed (lower-cased), whether or not an account
 * exists; held in the database so that a lockout holds across app instances.
 */
public interface LoginAttempts {

    Optional<Instant> lockedUntil(String login);

    /** Records a failure at {@code at} and answers how many failures the login has since {@code since}. */
    int recordFailure(String login, Instant at, Instant since);

    void lock(String login, Instant until);

    void clear(String login);
}
