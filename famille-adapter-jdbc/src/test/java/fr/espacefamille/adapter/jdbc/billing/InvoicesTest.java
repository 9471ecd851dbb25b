package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Invoices contract on each backend. */
class InvoicesTest {

    @Nested
    class InMemory extends InvoicesContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends InvoicesContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends InvoicesContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
