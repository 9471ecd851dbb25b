package fr.espacefamille.adapter.jdbc.billing;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Tariffs contract on each backend. */
class TariffsTest {

    @Nested
    class InMemory extends TariffsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends TariffsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends TariffsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
