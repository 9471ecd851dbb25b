package fr.espacefamille.adapter.jdbc.family;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Families contract on each backend. */
class FamiliesTest {

    @Nested
    class InMemory extends FamiliesContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends FamiliesContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends FamiliesContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
