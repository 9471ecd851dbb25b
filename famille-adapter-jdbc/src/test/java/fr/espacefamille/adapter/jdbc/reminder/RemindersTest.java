package fr.espacefamille.adapter.jdbc.reminder;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The Reminders contract on each backend. */
class RemindersTest {

    @Nested
    class InMemory extends RemindersContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends RemindersContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends RemindersContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
