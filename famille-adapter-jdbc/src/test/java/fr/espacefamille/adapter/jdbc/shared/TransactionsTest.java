package fr.espacefamille.adapter.jdbc.shared;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Transactions contract on each backend. */
class TransactionsTest {

    @Nested
    class InMemory extends TransactionsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends TransactionsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends TransactionsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
