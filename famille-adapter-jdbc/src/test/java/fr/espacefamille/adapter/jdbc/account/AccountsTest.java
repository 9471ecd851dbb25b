package fr.espacefamille.adapter.jdbc.account;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Accounts contract on each backend. */
class AccountsTest {

    @Nested
    class InMemory extends AccountsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends AccountsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends AccountsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
