package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Sessions contract on each backend. */
class SessionsTest {

    @Nested
    class InMemory extends SessionsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends SessionsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends SessionsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
