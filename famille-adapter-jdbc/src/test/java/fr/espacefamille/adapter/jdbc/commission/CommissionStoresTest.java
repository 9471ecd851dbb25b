package fr.espacefamille.adapter.jdbc.commission;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The commission's stores' contract on each backend. */
class CommissionStoresTest {

    @Nested
    class InMemory extends CommissionStoresContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends CommissionStoresContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends CommissionStoresContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
