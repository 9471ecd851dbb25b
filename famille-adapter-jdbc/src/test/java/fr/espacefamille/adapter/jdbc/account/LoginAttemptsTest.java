package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.LoginAttempts;

/** What every {@link LoginAttempts} store does. */
abstract class LoginAttemptsContract extends StoreContract {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    LoginAttemptsContract(Supplier<Backend> backends) {
        super(backends);
    }

    private LoginAttempts attempts() {
        return backend.loginAttempts();
    }

    private int failAt(String login, Instant at) {
        return attempts().recordFailure(login, at, at.minus(WINDOW));
    }

    @Test
    void counts_the_failures_of_a_login_within_the_window() {
        assertThat(failAt("jean", NOW)).isEqualTo(1);
        assertThat(failAt("jean", NOW.plusSeconds(60))).isEqualTo(2);
        assertThat(failAt("marie", NOW.plusSeconds(90))).isEqualTo(1);
        assertThat(failAt("jean", NOW.plus(WINDOW))).isEqualTo(3);
        assertThat(failAt("jean", NOW.plus(WINDOW).plusSeconds(1))).isEqualTo(3);
        assertThat(failAt("jean", NOW.plus(WINDOW.multipliedBy(3)))).isEqualTo(1);
    }

    @Test
    void a_lock_holds_until_replaced_or_cleared() {
        assertThat(attempts().lockedUntil("jean")).isEmpty();

        attempts().lock("jean", NOW.plus(WINDOW));
        assertThat(attempts().lockedUntil("jean")).contains(NOW.plus(WINDOW));
        assertThat(attempts().lockedUntil("marie")).isEmpty();

        attempts().lock("jean", NOW.plus(WINDOW.multipliedBy(2)));
        assertThat(attempts().lockedUntil("jean")).contains(NOW.plus(WINDOW.multipliedBy(2)));
    }

    @Test
    void clearing_forgets_the_failures_and_the_lock_of_that_login_only() {
        failAt("jean", NOW);
        failAt("jean", NOW);
        failAt("marie", NOW);
        attempts().lock("jean", NOW.plus(WINDOW));

        attempts().clear("jean");

        assertThat(attempts().lockedUntil("jean")).isEmpty();
        assertThat(failAt("jean", NOW.plusSeconds(1))).isEqualTo(1);
        assertThat(failAt("marie", NOW.plusSeconds(1))).isEqualTo(2);
    }
}
