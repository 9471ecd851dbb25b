package fr.espacefamille.adapter.jdbc.canteen;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The CanteenAbsences contract on each backend. */
class CanteenAbsencesTest {

    @Nested
    class InMemory extends CanteenAbsencesContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends CanteenAbsencesContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends CanteenAbsencesContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
