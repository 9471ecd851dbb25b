package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The BillingRuns contract on each backend. */
class BillingRunsTest {

    @Nested
    class InMemory extends BillingRunsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends BillingRunsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends BillingRunsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
