package fr.espacefamille.adapter.jdbc.canteen;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Pupils contract on each backend. */
class PupilsTest {

    @Nested
    class InMemory extends PupilsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends PupilsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends PupilsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
