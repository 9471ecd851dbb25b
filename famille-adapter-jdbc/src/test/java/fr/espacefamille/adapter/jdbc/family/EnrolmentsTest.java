package fr.espacefamille.adapter.jdbc.family;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Enrolments contract on each backend. */
class EnrolmentsTest {

    @Nested
    class InMemory extends EnrolmentsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends EnrolmentsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends EnrolmentsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
