package fr.espacefamille.adapter.jdbc.nursery;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The nursery stores' contract on each backend. */
class NurseryStoresTest {

    @Nested
    class InMemory extends NurseryStoresContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends NurseryStoresContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends NurseryStoresContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
