package fr.espacefamille.adapter.jdbc.document;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Documents contract on each backend. */
class DocumentsTest {

    @Nested
    class InMemory extends DocumentsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends DocumentsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends DocumentsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
