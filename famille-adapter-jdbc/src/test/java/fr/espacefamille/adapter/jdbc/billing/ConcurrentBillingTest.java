package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The billing use cases under concurrency, on each backend. */
class ConcurrentBillingTest {

    @Nested
    class InMemory extends ConcurrentBillingContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends ConcurrentBillingContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends ConcurrentBillingContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
