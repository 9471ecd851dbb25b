package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The ResetRequests contract on each backend. */
class ResetRequestsTest {

    @Nested
    class InMemory extends ResetRequestsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends ResetRequestsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends ResetRequestsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
