package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The DirectDebitFiles contract on each backend. */
class DirectDebitFilesTest {

    @Nested
    class InMemory extends DirectDebitFilesContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends DirectDebitFilesContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends DirectDebitFilesContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
