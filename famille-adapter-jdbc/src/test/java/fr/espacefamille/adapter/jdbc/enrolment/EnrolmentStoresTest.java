package fr.espacefamille.adapter.jdbc.enrolment;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The enrolment stores' contract on each backend. */
class EnrolmentStoresTest {

    @Nested
    class InMemory extends EnrolmentStoresContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends EnrolmentStoresContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends EnrolmentStoresContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
