package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The LoginAttempts contract on each backend. */
class LoginAttemptsTest {

    @Nested
    class InMemory extends LoginAttemptsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends LoginAttemptsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends LoginAttemptsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
