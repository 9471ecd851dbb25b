package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The PasswordResets contract on each backend. */
class PasswordResetsTest {

    @Nested
    class InMemory extends PasswordResetsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends PasswordResetsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends PasswordResetsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
