package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The FranceConnectLinks contract on each backend. */
class FranceConnectLinksTest {

    @Nested
    class InMemory extends FranceConnectLinksContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends FranceConnectLinksContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends FranceConnectLinksContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
