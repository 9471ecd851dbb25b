package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The InvoiceNumbers contract on each backend. */
class InvoiceNumbersTest {

    @Nested
    class InMemory extends InvoiceNumbersContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends InvoiceNumbersContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends InvoiceNumbersContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
