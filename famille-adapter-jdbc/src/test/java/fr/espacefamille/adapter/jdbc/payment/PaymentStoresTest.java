package fr.espacefamille.adapter.jdbc.payment;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The payment stores' contract on each backend. */
class PaymentStoresTest {

    @Nested
    class InMemory extends PaymentStoresContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends PaymentStoresContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends PaymentStoresContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
