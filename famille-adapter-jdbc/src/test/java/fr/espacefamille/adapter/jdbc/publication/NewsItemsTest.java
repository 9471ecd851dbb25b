package fr.espacefamille.adapter.jdbc.publication;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The NewsItems contract on each backend. */
class NewsItemsTest {

    @Nested
    class InMemory extends NewsItemsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends NewsItemsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends NewsItemsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
