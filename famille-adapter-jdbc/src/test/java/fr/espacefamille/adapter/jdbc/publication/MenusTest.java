package fr.espacefamille.adapter.jdbc.publication;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Menus contract on each backend. */
class MenusTest {

    @Nested
    class InMemory extends MenusContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends MenusContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends MenusContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
