package fr.espacefamille.adapter.jdbc.publication;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The RulesDocuments contract on each backend. */
class RulesDocumentsTest {

    @Nested
    class InMemory extends RulesDocumentsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends RulesDocumentsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends RulesDocumentsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
