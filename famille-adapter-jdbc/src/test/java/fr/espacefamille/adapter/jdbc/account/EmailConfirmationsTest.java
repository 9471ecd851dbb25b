package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The EmailConfirmations contract on each backend. */
class EmailConfirmationsTest {

    @Nested
    class InMemory extends EmailConfirmationsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends EmailConfirmationsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends EmailConfirmationsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
