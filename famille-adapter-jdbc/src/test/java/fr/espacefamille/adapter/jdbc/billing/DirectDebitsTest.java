package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The DirectDebits contract on each backend. */
class DirectDebitsTest {

    @Nested
    class InMemory extends DirectDebitsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends DirectDebitsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends DirectDebitsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
