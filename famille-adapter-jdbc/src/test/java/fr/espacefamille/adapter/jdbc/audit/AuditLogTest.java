package fr.espacefamille.adapter.jdbc.audit;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The AuditLog contract on each backend. */
class AuditLogTest {

    @Nested
    class InMemory extends AuditLogContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends AuditLogContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends AuditLogContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
