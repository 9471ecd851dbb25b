package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The ActivationKeys contract on each backend. */
class ActivationKeysTest {

    @Nested
    class InMemory extends ActivationKeysContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends ActivationKeysContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends ActivationKeysContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
