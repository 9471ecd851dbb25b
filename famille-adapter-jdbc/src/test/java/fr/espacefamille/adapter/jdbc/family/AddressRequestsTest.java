package fr.espacefamille.adapter.jdbc.family;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The AddressRequests contract on each backend. */
class AddressRequestsTest {

    @Nested
    class InMemory extends AddressRequestsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends AddressRequestsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends AddressRequestsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
