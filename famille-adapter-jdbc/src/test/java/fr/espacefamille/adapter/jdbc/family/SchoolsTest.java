package fr.espacefamille.adapter.jdbc.family;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Schools contract on each backend. */
class SchoolsTest {

    @Nested
    class InMemory extends SchoolsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends SchoolsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends SchoolsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
